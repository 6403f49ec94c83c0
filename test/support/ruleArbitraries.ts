/**
 * fast-check generators for the compiled-rules differential test: random
 * condition trees (all / any / not, nested, with condition priorities) over
 * every built-in operator and decorator, `path`s and fact references, and
 * facts of every JSON type, so the compiled path meets the odd cases
 * json-rules-engine defines: a string compared with `<`, `contains` on a
 * non-list, `in` with a value that is text (or a number, which throws).
 */
import fc from 'fast-check';
import type { Facts } from '../../src/pipeline/facts/deriveFacts';
import type { FactName } from '../../src/pipeline/facts/factNames';
import type { Condition, Rule } from '../../src/schema/rule';

/** The facts the generated rules name: a handful, so conditions meet the same values often. */
const factNamesUsed: readonly FactName[] = ['reason', 'returnValue', 'categories', 'customerSegment', 'request'];
const operators = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain',
  'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
const decorators = ['not', 'someFact', 'everyFact', 'someValue', 'everyValue', 'swap'] as const;
const paths = ['$.a', '$.b', '$.c[0]', '$.c[1]', '$.d.e', '$["a"]', '$[0]', '$[1]', '$.missing'] as const;

/** Values of every JSON type, few enough that equal ones meet. */
const scalar = fc.constantFrom<unknown>(null, -1, 0, 0.5, 1, 2, 10, 100, '', 'a', 'b', 'ab', '10', '2', 'abc');
const list = fc.array(scalar, { maxLength: 3 });
/** JSON objects have Object's prototype: a null-prototype object would throw where `<` converts it, in either path. */
const plain = { noNullPrototype: true } as const;
const record = fc.record({ a: scalar, b: fc.oneof(scalar, list), c: list, d: fc.record({ e: scalar }, plain) }, { requiredKeys: ['a', 'c'], ...plain });
const jsonValue: fc.Arbitrary<unknown> = fc.oneof(scalar, list, record);

/** One set of facts: each fact the rules name, of any JSON type. */
export const factsArbitrary: fc.Arbitrary<Facts> = fc
  .tuple(...factNamesUsed.map(() => jsonValue))
  .map((values) => Object.fromEntries(factNamesUsed.map((name, i) => [name, values[i]])) as Facts);

const operatorName = fc
  .tuple(fc.array(fc.constantFrom(...decorators), { maxLength: 2 }), fc.constantFrom(...operators))
  .map(([chain, base]) => [...chain, base].join(':'));

const priority = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });

/** A condition value: a constant (lists and text mostly, so `in` rarely throws) or a reference to a fact. */
const conditionValue = fc.oneof(
  { weight: 4, arbitrary: jsonValue },
  { weight: 1, arbitrary: fc.record({ fact: fc.constantFrom(...factNamesUsed), path: fc.constantFrom(...paths) }, { requiredKeys: ['fact'], ...plain }) },
);

const comparison: fc.Arbitrary<Condition> = fc
  .record({ fact: fc.constantFrom(...factNamesUsed), operator: operatorName, value: conditionValue, path: fc.constantFrom(...paths), priority }, { requiredKeys: ['fact', 'operator', 'value'], ...plain })
  .map((condition) => condition as Condition);

const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.record({ all: fc.array(tie('tree'), { maxLength: 4 }), priority }, { requiredKeys: ['all'], ...plain }),
    fc.record({ any: fc.array(tie('tree'), { maxLength: 4 }), priority }, { requiredKeys: ['any'], ...plain }),
    fc.record({ not: tie('tree'), priority }, { requiredKeys: ['not'], ...plain }),
  ) as fc.Arbitrary<Condition>,
}));

const rootCondition = fc.oneof(
  fc.record({ all: fc.array(tree, { maxLength: 4 }) }, plain),
  fc.record({ any: fc.array(tree, { maxLength: 4 }) }, plain),
  fc.record({ not: tree }, plain),
) as fc.Arbitrary<Rule['conditions']>;

/** A list of 1–6 rules with random conditions and priorities; each flags its own name. */
export const rulesArbitrary: fc.Arbitrary<Rule[]> = fc
  .array(fc.record({ priority, conditions: rootCondition }), { minLength: 1, maxLength: 6 })
  .map((rules) =>
    rules.map(({ priority, conditions }, i): Rule => ({
      name: `rule-${i}`,
      ...(priority === undefined ? {} : { priority }),
      conditions,
      event: { type: 'flag', params: { flag: `rule-${i}` } },
    })),
  );

/** `reason` / `channel` equal to, or in, constants: the tests the rule index keys rules by. */
const indexedTest: fc.Arbitrary<Condition> = fc
  .record({ fact: fc.constantFrom('reason', 'channel'), operator: fc.constantFrom('equal', 'in'), value: fc.oneof(scalar, list) }, plain)
  .map((condition) => condition as Condition);

/** 1–12 rules whose top-level `all` mixes indexed tests (anywhere in the list) with random conditions; some rules have none. */
export const indexedRulesArbitrary: fc.Arbitrary<Rule[]> = fc
  .array(fc.record({ priority, tests: fc.array(indexedTest, { maxLength: 2 }), rest: fc.array(tree, { maxLength: 3 }), testsFirst: fc.boolean() }), { minLength: 1, maxLength: 12 })
  .map((rules) =>
    rules.map(({ priority, tests, rest, testsFirst }, i): Rule => ({
      name: `rule-${i}`,
      ...(priority === undefined ? {} : { priority }),
      conditions: { all: testsFirst ? [...tests, ...rest] : [...rest, ...tests] },
      event: { type: 'flag', params: { flag: `rule-${i}` } },
    })),
  );

/** Facts for {@link indexedRulesArbitrary}: a `channel` too, its values those the tests name. */
export const indexedFactsArbitrary: fc.Arbitrary<Facts> = fc
  .tuple(factsArbitrary, fc.oneof(scalar, list))
  .map(([facts, channel]) => ({ ...facts, channel }) as Facts);

/** Where paths into a request start: the request, and the objects on the way to its amounts. */
const requestPrefixes: readonly (readonly (string | number)[])[] = [
  [], ['order'], ['order', 'items'], ['order', 'items', 0], ['order', 'items', 1], ['order', 'total'],
  ['customer'], ['customer', 'concessions'], ['customer', 'concessions', 0], ['customer', 'lifetimeValue'], ['reason'],
];
/** Steps a path may take from there: amounts, what lies beside them, text and list properties, and things no request has. */
const requestSteps = ['total', 'items', 'unitPrice', 'unitCost', 'cost', 'lifetimeValue', 'concessions', 'quantity', 'sku', 'tags',
  'code', 'length', 'constructor', 'missing', 0, 1, 2, '0', '01'] as const;

/** A path of the safe subset into a request, as a rule writes it: `.name`, `["name"]` or `[index]` steps. */
export const requestPathArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...requestPrefixes), fc.array(fc.constantFrom(...requestSteps), { maxLength: 3 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }))
  .map(([prefix, rest, bracketed]) => `$${[...prefix, ...rest].map((step, i) => pathStep(step, bracketed[i] ?? false)).join('')}`);

function pathStep(step: string | number, bracketed: boolean): string {
  if (typeof step === 'number') return `[${step}]`;
  return bracketed || !/^[A-Za-z_$][\w$]*$/.test(step) ? `["${step}"]` : `.${step}`;
}
