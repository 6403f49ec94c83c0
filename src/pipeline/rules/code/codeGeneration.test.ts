import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Condition, Rule } from '../../../schema/rule';
import type { Facts } from '../../facts/deriveFacts';
import type { ReturnContext } from '../../facts/ReturnContext';
import { compileRules, type CompileOptions } from '../evaluateRules';
import type { Registry } from '../registry';

const flagRule = (name: string, conditions: Rule['conditions'], priority?: number): Rule => ({
  name,
  ...(priority === undefined ? {} : { priority }),
  conditions,
  event: { type: 'flag', params: { flag: name } },
});
const is = (fact: string, operator: string, value: unknown, path?: string): Condition => ({ fact, operator, value, ...(path ? { path } : {}) }) as Condition;

/** Rules over most of what the generator covers: operators, decorators, priority sets, paths, fact references. */
const rules: Rule[] = [
  flagRule('in-list', { all: [is('reason', 'in', ['too-small', 'defective']), is('returnValue', 'greaterThan', 100)] }),
  flagRule('by-channel', { all: [is('channel', 'equal', 'phone'), { any: [is('customerTags', 'contains', 'vip'), is('returnValue', 'lessThan', 10, undefined)] }] }, 2),
  flagRule('decorated', { any: [is('customerTags', 'someFact:in', ['vip', 'press']), is('returnValue', 'not:everyValue:lessThan', [1, 500])] }),
  flagRule('by-path', { all: [is('request', 'greaterThanInclusive', 200, '$.order.total'), is('request', 'equal', { fact: 'request', path: '$["customer"].id' }, '$.customer.id')] }),
  flagRule('priority-sets', { all: [{ ...is('returnValue', 'lessThan', 0), priority: 2 } as Condition, is('reason', 'in', 'too-small defective')] }),
  flagRule('may-throw', { not: is('reason', 'in', { fact: 'customerTags' }) }),
];
const factSets: Facts[] = [
  { reason: 'too-small', channel: 'phone', returnValue: 150, customerTags: ['vip'], request: { order: { total: '250.00' }, customer: { id: 'c' } } },
  { reason: 'defective', channel: 'chat', returnValue: 5, customerTags: [], request: { order: { total: '10.00' }, customer: { id: 'd' } } },
  // `in` a number: the engine's TypeError, word for word.
  { reason: 'defective', channel: 'chat', returnValue: 5, customerTags: 7, request: {} },
].map((facts) => facts as unknown as Facts);
const noHostCode: Registry = { facts: {}, operators: {} };
const context = { request: {} } as ReturnContext;

/** Each set of facts' outcome, traced and not: the fired rules, or the error's message. */
async function outcomes(rules: readonly Rule[], facts: readonly Facts[], options?: CompileOptions, registry = noHostCode): Promise<unknown[]> {
  const ruleSet = compileRules(rules, registry, options);
  const results: unknown[] = [];
  for (const set of facts) {
    for (const trace of [false, true]) results.push(await (async () => ruleSet.evaluate(set, context, trace))().catch((error: Error) => ({ threw: error.message })));
  }
  return results;
}

/** Replaces the global `Function` with one that records the source of each function made. */
function recordGeneratedCode(): string[] {
  const sources: string[] = [];
  const real = globalThis.Function;
  vi.stubGlobal('Function', new Proxy(real, { construct: (target, args: string[]) => (sources.push(args.join('\n')), Reflect.construct(target, args)) }));
  return sources;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rules as generated code', () => {
  it('is how rules are evaluated by default, and closures give the same outcomes', async () => {
    const sources = recordGeneratedCode();
    const generated = await outcomes(rules, factSets);
    // The probe, then the rules.
    expect(sources.length).toBeGreaterThan(1);
    expect(sources.some((source) => source.includes('hits['))).toBe(true);
    const count = sources.length;
    expect(await outcomes(rules, factSets, { generateCode: false })).toEqual(generated);
    expect(sources.length).toBe(count);
    expect(generated.filter((outcome) => (outcome as { fired?: unknown[] }).fired?.length)).toHaveLength(4);
    expect(generated.at(-1)).toEqual({ threw: expect.stringContaining('indexOf is not a function') });
  });

  it('falls back to the closures, silently, where code cannot be generated (a strict CSP: new Function throws EvalError)', async () => {
    const expected = await outcomes(rules, factSets);
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    expect(await outcomes(rules, factSets)).toEqual(expected);
  });

  it('never turns a string of a rule into code: values, paths and fact names are data', async () => {
    const hostile = ['"); globalThis.pwned = 1; ("', "'); globalThis.pwned = 1; ('", '`${globalThis.pwned = 1}`', '\u2028globalThis.pwned = 1\u2029', '*/ globalThis.pwned = 1 /*'];
    const inPath = hostile.filter((text) => !text.includes("'"));
    const hostileRules = hostile.flatMap((text, i): Rule[] => [
      flagRule(`value-${i}`, { all: [is('reason', 'equal', text), is('reason', 'in', [text, 'x']), is('customerTags', 'contains', text)] }),
      flagRule(`host-fact-${i}`, { all: [is(text, 'equal', text)] }),
      flagRule(`reference-${i}`, { all: [is('reason', 'equal', { fact: text })] }),
      ...(inPath.includes(text) ? [flagRule(`path-${i}`, { all: [is('request', 'equal', text, `$['${text}']`), is('request', 'equal', { fact: 'request', path: `$['${text}']` }, `$['${text}']`)] })] : []),
    ]);
    const registry: Registry = { facts: Object.fromEntries(hostile.map((text) => [text, () => text])), operators: {} };
    const facts = hostile.map((text) => ({ reason: text, customerTags: [text], request: { [text]: text } }) as unknown as Facts);
    const sources = recordGeneratedCode();
    const generated = await outcomes(hostileRules, facts, {}, registry);
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) for (const text of hostile) expect(source).not.toContain(text);
    expect(sources.join('\n')).not.toContain('pwned');
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(await outcomes(hostileRules, facts, { generateCode: false }, registry)).toEqual(generated);
    // Each set of facts fires the rules written for its text (host facts give their own name, whatever the facts): the strings were compared, never run.
    const fired = generated.filter((_, i) => i % 2 === 0).map((outcome) => (outcome as { fired: Array<{ rule: string }> }).fired.map((rule) => rule.rule));
    const names = hostileRules.map((rule) => rule.name);
    expect(fired).toEqual(hostile.map((_, i) => names.filter((name) => name.startsWith('host-fact-') || ['value', 'reference', 'path'].some((kind) => name === `${kind}-${i}`))));
  });
});
