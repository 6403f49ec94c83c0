import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions } from '../../index';
import type { Condition, Rule } from '../../schema/rule';
import { config, request } from '../../../test/support/builders';
import { needsEngine } from './needsEngine';

const flagRule = (name: string, conditions: Rule['conditions'], priority?: number): Rule => ({
  name,
  ...(priority === undefined ? {} : { priority }),
  conditions,
  event: { type: 'flag', params: { flag: name } },
});
const reasonIs = (value: unknown, operator = 'equal'): Condition => ({ fact: 'reason', operator, value }) as Condition;
const hostFactIs = (value: unknown): Condition => ({ fact: 'weather', operator: 'equal', value }) as Condition;
const host: DeskOptions = { facts: { weather: () => 'rain' }, operators: { near: (a, b) => a === b } };

async function decide(rules: Rule[], options: DeskOptions = host) {
  return createDesk(config({ rules }), options).decide(request({ reason: { code: 'too-small' } }), { trace: true });
}

describe('which rules are compiled', () => {
  const registry = { facts: { weather: () => 'rain' }, operators: { near: () => true, equal: () => true } };

  it('compiles built-in facts, operators, decorators, paths and fact references', () => {
    const covered: Condition = { all: [
      { fact: 'reason', operator: 'not:in', value: ['a'] },
      { fact: 'request', path: '$.order.items[0].sku', operator: 'equal', value: { fact: 'skus', path: '$[0]' } },
      { any: [{ fact: 'categories', operator: 'someFact:swap:in', value: ['sofa'] }] },
    ] } as Condition;
    expect(needsEngine(covered, { facts: {}, operators: {} })).toBe(false);
  });

  it('leaves to the engine a host fact, a host operator (also behind decorators or shadowing a built-in) and fact params', () => {
    const engineOnly: Condition[] = [
      hostFactIs('rain'),
      { fact: 'reason', operator: 'near', value: 'x' },
      { fact: 'reason', operator: 'not:near', value: 'x' },
      { fact: 'reason', operator: 'equal', value: 'x' },
      { fact: 'reason', operator: 'greaterThan', value: { fact: 'weather' } },
      { fact: 'reason', operator: 'lessThan', value: 1, params: { unit: 'days' } },
      { fact: 'reason', operator: 'lessThan', value: { fact: 'orderCount', params: {} } },
    ] as Condition[];
    for (const condition of engineOnly) expect(needsEngine({ not: condition } as Condition, registry)).toBe(true);
  });
});

describe('evaluating compiled and engine rules together', () => {
  it('fires in priority order, then list order, whichever path evaluated a rule', async () => {
    const decision = await decide([
      flagRule('compiled-low', { all: [reasonIs('too-small')] }),
      flagRule('engine-high', { all: [hostFactIs('rain')] }, 3),
      flagRule('compiled-high', { any: [reasonIs('too-small')] }, 3),
      flagRule('engine-low', { all: [hostFactIs('rain')] }),
      flagRule('not-firing', { all: [reasonIs('too-big')] }, 2),
    ]);
    expect(decision.flags).toEqual(['engine-high', 'compiled-high', 'compiled-low', 'engine-low']);
    expect(decision.trace!.rules.map((rule) => [rule.rule, rule.fired])).toEqual([
      ['engine-high', true], ['compiled-high', true], ['not-firing', false], ['compiled-low', true], ['engine-low', true],
    ]);
  });

  it('traces both paths in one shape: comparisons with fact value and result, those a higher priority cut short without', async () => {
    const decision = await decide([
      flagRule('compiled', { all: [{ all: [{ fact: 'reason', operator: 'equal', value: 'too-big', priority: 2 }, { fact: 'returnValue', operator: 'lessThan', value: 100 }] }] }),
      flagRule('engine', { all: [{ all: [{ fact: 'reason', operator: 'near', value: 'too-big', priority: 2 }, { fact: 'returnValue', operator: 'lessThan', value: 100 }] }] }),
    ]);
    const [compiled, engine] = decision.trace!.rules;
    const expected = (operator: string) => ({ all: [{ all: [
      { fact: 'reason', operator, value: 'too-big', factResult: 'too-small', result: false },
      { fact: 'returnValue', operator: 'lessThan', value: 100 },
    ] }] });
    expect(compiled!.conditions).toEqual(expected('equal'));
    expect(engine!.conditions).toEqual(expected('near'));
  });

  it('fails the decision with the engine\'s own error where the engine would throw, on either path', async () => {
    // The list is a fact that turns out to be a number: only evaluation can tell.
    const inANumber = reasonIs({ fact: 'orderCount' }, 'in');
    const compiled = decide([flagRule('compiled', { all: [inANumber] })]);
    const engine = decide([flagRule('engine', { all: [inANumber, hostFactIs('rain')] })]);
    const failed = { code: 'rule-evaluation-failed', issues: [{ path: 'rules', message: 'b.indexOf is not a function' }] };
    await expect(compiled).rejects.toMatchObject(failed);
    await expect(engine).rejects.toMatchObject(failed);
  });

  it('lets a host operator named like a built-in replace it, as the engine does', async () => {
    const decision = await decide([flagRule('anything-equals', { all: [reasonIs('too-big')] })], { operators: { equal: () => true } });
    expect(decision.flags).toEqual(['anything-equals']);
  });

  it('reads a built-in fact even when the host registers one of the same name, as the engine does', async () => {
    const decision = await decide([flagRule('real-reason', { all: [reasonIs('too-small')] })], { facts: { reason: () => 'too-big' } });
    expect(decision.flags).toEqual(['real-reason']);
  });
});

describe('fact request', () => {
  const amounts = [
    flagRule('total-is-250', { all: [{ fact: 'request', path: '$.order.total', operator: 'equal', value: 250 }] }),
    flagRule('price-is-200', { all: [{ fact: 'request', path: '$.order.items[0]["unitPrice"]', operator: 'equal', value: 200 }] }),
    flagRule('total-has-length', { all: [{ fact: 'request', path: '$.order.total.length', operator: 'greaterThan', value: 0 }] }),
    flagRule('sku', { all: [{ fact: 'request', path: '$.order.items[0].sku', operator: 'equal', value: 'JACKET' }] }),
  ];

  /** The flags raised, the same traced (closures) or not (generated code). */
  async function flags(rules: Rule[]) {
    const desk = createDesk(config({ rules }), host);
    const [plain, traced] = [await desk.decide(request()), await desk.decide(request(), { trace: true })];
    expect(traced.flags).toEqual(plain.flags);
    return plain.flags;
  }

  it('is the request itself, its amounts read as numbers, as json-rules-engine reads its copy with numbers', async () => {
    const withEngine = [...amounts, flagRule('host', { all: [hostFactIs('rain'), { fact: 'request', path: '$.order.total', operator: 'equal', value: 250 }] })];
    expect(await flags(amounts)).toEqual(['total-is-250', 'price-is-200', 'sku']);
    expect(await flags(withEngine)).toEqual(['total-is-250', 'price-is-200', 'sku', 'host']);
  });

  it('hands host facts the request with numbers, as ever', async () => {
    let seen: unknown;
    const options: DeskOptions = { facts: { weather: (_, { facts }) => ((seen = (facts.request as { order: { total: unknown } }).order.total), 'rain') } };
    await decide([flagRule('host', { all: [hostFactIs('rain')] })], options);
    expect(seen).toBe(250);
  });
});
