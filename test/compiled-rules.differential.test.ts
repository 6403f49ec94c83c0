/**
 * The compiled rules against json-rules-engine, the reference: on requests
 * for every bundled client and on random rule sets over facts of every JSON
 * type, both give the same fired rules in the same order, and the same trace;
 * where the engine throws, so does the compiled path. Both compiled paths are
 * checked: the generated code, and the closures used where code cannot be
 * generated (a strict CSP).
 */
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { findClientFolders, loadClient } from '../src/node';
import { deriveFacts, type Facts } from '../src/pipeline/facts/deriveFacts';
import type { ReturnContext } from '../src/pipeline/facts/ReturnContext';
import { conditionTrace } from '../src/pipeline/rules/engineRules';
import { compileRules, type RuleSet } from '../src/pipeline/rules/evaluateRules';
import { needsEngine } from '../src/pipeline/rules/needsEngine';
import { parsePath, resolvePath } from '../src/pipeline/rules/path';
import { engineFacts, requestWithNumbers } from '../src/pipeline/rules/requestNumbers';
import { factReader } from '../src/pipeline/rules/factReader';
import type { RuleTrace } from '../src/pipeline/rules/RulesOutcome';
import { validateRequest } from '../src/pipeline/validate/validateRequest';
import type { Condition, Rule } from '../src/schema/rule';
import { validateConfig } from '../src/pipeline/validate/validateConfig';
import { factNames } from '../src/pipeline/facts/factNames';
import { copyJson } from '../src/util/copyJson';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';
import { factsArbitrary, indexedFactsArbitrary, indexedRulesArbitrary, requestPathArbitrary, rulesArbitrary } from './support/ruleArbitraries';
import { config } from './support/builders';
import { syntheticClient } from '../bench/syntheticClient';

const noHostCode = { facts: {}, operators: {} };
/** Requests shared out among the bundled clients, however many there are. */
const CLIENT_REQUESTS = 4_000;
const RULE_SETS = 500;
const FACTS_PER_RULE_SET = 12;
const SEED = 20261123;

/** What a rule set came to for one set of facts: the fired rules and the trace, or that it threw. */
type Outcome = { fired: string[]; trace?: RuleTrace[] } | { threw: true };

/**
 * Prepares `rules` each way once and returns a check for one set of facts:
 * the generated code and the closures, traced and not, against
 * json-rules-engine. The check says whether the engine threw.
 */
function differential(rules: readonly Rule[]): (facts: Facts, context: ReturnContext) => Promise<boolean> {
  expect(rules.filter((rule) => needsEngine(rule.conditions, noHostCode))).toEqual([]);
  // One engine, run one request at a time, as json-rules-engine is meant to be used, with savedesk's safe path
  // resolver. A run that failed keeps evaluating in the background and would stop the next one: start afresh.
  const newEngine = () =>
    new Engine(rules.map((rule, index) => ({ ...copyJson(rule), name: String(index) })), {
      allowUndefinedFacts: false,
      pathResolver: (value: object, path: string) => resolvePath(value, parsePath(path) ?? []),
    });
  let engine = newEngine();
  const compiledWays = [compileRules(rules, noHostCode), compileRules(rules, noHostCode, { generateCode: false })];

  /** The engine's outcome, put in savedesk's order: priority high to low, then list order. */
  const engineOutcome = async (facts: Facts): Promise<Outcome> => {
    const run = await engine.run(engineFacts(facts)).catch(() => null);
    if (run === null) {
      engine = newEngine();
      return { threw: true };
    }
    const ordered = [...run.results, ...run.failureResults]
      .map((result) => ({ result, index: Number(result.name), rule: rules[Number(result.name)]! }))
      .sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1) || a.index - b.index);
    return {
      fired: ordered.filter(({ result }) => result.result).map(({ rule }) => rule.name),
      trace: ordered.map(({ result, rule }) => ({
        rule: rule.name,
        priority: rule.priority ?? 1,
        fired: result.result,
        conditions: conditionTrace((result.toJSON(false) as unknown as { conditions: unknown }).conditions),
      })),
    };
  };
  const compiledOutcome = async (compiled: RuleSet, facts: Facts, context: ReturnContext, trace: boolean): Promise<Outcome> => {
    // A failure throws at once without an engine rule, and rejects with one: either way it is caught.
    const outcome = await (async () => compiled.evaluate(facts, context, trace))().catch(() => null);
    if (outcome === null) return { threw: true };
    return { fired: outcome.fired.map((fired) => fired.rule), ...(outcome.trace ? { trace: [...outcome.trace] } : {}) };
  };

  return async (facts, context) => {
    const reference = await engineOutcome(facts);
    for (const compiled of compiledWays) {
      expect(await compiledOutcome(compiled, facts, context, true)).toEqual(reference);
      expect(await compiledOutcome(compiled, facts, context, false)).toEqual('threw' in reference ? reference : { fired: reference.fired });
    }
    return 'threw' in reference;
  };
}

describe('compiled rules give what json-rules-engine gives', () => {
  it(`on ${CLIENT_REQUESTS} generated requests for the bundled clients`, async () => {
    const clients = await findClientFolders(['rules']);
    expect(clients.length).toBeGreaterThan(0);
    const perClient = Math.ceil(CLIENT_REQUESTS / clients.length);
    for (const [n, dir] of clients.entries()) {
      const { config } = await loadClient(dir);
      const check = differential(config.rules);
      const nextRequest = requestGenerator(config, seededRandom(SEED + n));
      for (let i = 0; i < perClient; i++) {
        const { facts, context } = deriveFacts(validateRequest(nextRequest(i), config), config);
        await check(facts, context);
      }
    }
  });

  it.each(['reason-first', 'mixed'] as const)('on synthetic clients of %s rules, hundreds of them (many parts of the index, many generated functions)', async (mix) => {
    const synthetic = validateConfig(syntheticClient({ rules: 400, offers: 20, mix }, seededRandom(SEED)), { facts: new Set(factNames), operators: new Set() });
    const check = differential(synthetic.rules);
    const nextRequest = requestGenerator(synthetic, seededRandom(SEED + 1));
    for (let i = 0; i < 150; i++) {
      const { facts, context } = deriveFacts(validateRequest(nextRequest(i), synthetic), synthetic);
      await check(facts, context);
    }
  });

  it(`on ${RULE_SETS} random rule sets × ${FACTS_PER_RULE_SET} sets of facts of every type`, async () => {
    const noContext = {} as ReturnContext;
    let engineThrew = 0;
    await fc.assert(
      fc.asyncProperty(rulesArbitrary, fc.array(factsArbitrary, { minLength: FACTS_PER_RULE_SET, maxLength: FACTS_PER_RULE_SET }), async (rules, factSets) => {
        const check = differential(rules);
        for (const facts of factSets) {
          if (await check(facts, noContext)) engineThrew++;
        }
      }),
      { seed: SEED, numRuns: RULE_SETS },
    );
    // The generated values make the engine throw now and then (`in` with a number), so that path is compared too.
    expect(engineThrew).toBeGreaterThan(0);
  });

  it(`on ${RULE_SETS} random rule sets keyed by reason and channel (the rule index skips the rest) × ${FACTS_PER_RULE_SET} sets of facts`, async () => {
    const noContext = {} as ReturnContext;
    await fc.assert(
      fc.asyncProperty(indexedRulesArbitrary, fc.array(indexedFactsArbitrary, { minLength: FACTS_PER_RULE_SET, maxLength: FACTS_PER_RULE_SET }), async (rules, factSets) => {
        const check = differential(rules);
        for (const facts of factSets) await check(facts, noContext);
      }),
      { seed: SEED, numRuns: RULE_SETS },
    );
  });
});

describe('fact request is read without a copy, as the engine reads its copy with numbers', () => {
  const client = validateConfig(config(), { facts: new Set(factNames), operators: new Set() });
  const nextRequest = requestGenerator(client, seededRandom(SEED));
  const requests = Array.from({ length: 50 }, (_, i) => validateRequest(nextRequest(i), client));
  const request = fc.constantFrom(...requests);

  it('gives, for random paths over random valid requests, what resolving on requestWithNumbers gives', () => {
    fc.assert(
      fc.property(request, requestPathArbitrary, (valid, path) => {
        const read = factReader('request', path);
        const facts = { request: valid } as unknown as Facts;
        expect(read(facts)).toEqual(resolvePath(requestWithNumbers(valid), parsePath(path)!));
        // An object read twice is the same object, as in the engine's one copy: `equal` compares objects by identity.
        expect(read(facts)).toBe(read(facts));
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });

  it('gives the engine\'s outcomes for rules comparing random paths, generated and as closures', async () => {
    const operators = ['equal', 'notEqual', 'lessThan', 'greaterThanInclusive', 'contains', 'someFact:equal'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(requestPathArbitrary, requestPathArbitrary, fc.constantFrom(...operators)), { minLength: 1, maxLength: 8 }), fc.array(request, { minLength: 4, maxLength: 4 }), async (comparisons, sample) => {
        const rules = comparisons.flatMap(([path, other, operator], i): Rule[] => [
          // Against the value the engine finds (as a rule file holds it), and against another path: objects compared by identity, amounts as numbers.
          flagRule(`value-${i}`, { fact: 'request', path, operator, value: copyJson(resolvePath(requestWithNumbers(sample[0]!), parsePath(path)!) ?? null) }),
          flagRule(`path-${i}`, { fact: 'request', path, operator, value: { fact: 'request', path: other } }),
        ]);
        const check = differential(rules);
        for (const valid of sample) {
          const { facts, context } = deriveFacts(valid, client);
          await check(facts, context);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

function flagRule(name: string, condition: Record<string, unknown>): Rule {
  return { name, conditions: { all: [condition as Condition] }, event: { type: 'flag', params: { flag: name } } };
}
