import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDesk, LIMITS } from '../src/index';
import { alwaysRule, config, offerRule, request } from './support/builders';
import { issuesOf, nested } from './support/hostile';

const desk = createDesk(config());
const times = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));
const flag = { type: 'flag', params: { flag: 'x' } };

const ofRequest = (overrides: Record<string, unknown>) => issuesOf(() => desk.decide(request(overrides)));
const ofConfig = (overrides: Parameters<typeof config>[0]) => issuesOf(() => createDesk(config(overrides)));

describe('LIMITS: at the limit is accepted; one more is refused with an issue naming where', () => {
  it(`ids and names: ${LIMITS.maxNameLength} characters`, async () => {
    expect(await ofRequest({ id: 'r'.repeat(LIMITS.maxNameLength) })).toEqual([]);
    expect(await ofRequest({ id: 'r'.repeat(LIMITS.maxNameLength + 1) })).toEqual(['id: must have at most 200 characters']);
    const catalog = [{ id: 'o'.repeat(LIMITS.maxNameLength + 1), kind: 'service', label: 'x', unitCost: '1.00' }];
    expect(await ofConfig({ catalog, rules: [] })).toEqual(['catalog[0].id: must have at most 200 characters']);
  });

  it(`free text: ${LIMITS.maxTextLength} characters in a note, a guidance text, a condition value`, async () => {
    const long = 'n'.repeat(LIMITS.maxTextLength + 1);
    expect(await ofRequest({ reason: { code: 'x', note: 'n'.repeat(LIMITS.maxTextLength) } })).toEqual([]);
    expect(await ofRequest({ reason: { code: 'x', note: long } })).toEqual(['reason.note: must have at most 4000 characters']);
    expect(await ofConfig({ rules: [alwaysRule('g', { type: 'guide', params: { text: long } })] })).toEqual([
      'rules[0].event.params.text: must have at most 4000 characters',
    ]);
    const rule = { name: 'r', conditions: { all: [{ fact: 'reason', operator: 'equal', value: long }] }, event: flag };
    expect(await ofConfig({ rules: [rule] })).toEqual(['rules[0].conditions.all[0].value: must have at most 4000 characters']);
  });

  it(`lines per request: ${LIMITS.maxLines}`, async () => {
    const order = { ...request().order, items: [{ sku: 'JACKET', unitPrice: '1.00', quantity: 1000 }] };
    const lines = (count: number) => times(count, () => ({ sku: 'JACKET', quantity: 1 }));
    expect(await ofRequest({ order, lines: lines(LIMITS.maxLines) })).toEqual([]);
    expect(await ofRequest({ order, lines: lines(LIMITS.maxLines + 1) })).toEqual(['lines: must have at most 500 items']);
  });

  it(`items per order: ${LIMITS.maxItems}`, async () => {
    const order = (count: number) => ({ ...request().order, items: times(count, (i) => ({ sku: i === 0 ? 'JACKET' : `SKU-${i}`, unitPrice: '1.00', quantity: 1 })) });
    expect(await ofRequest({ order: order(LIMITS.maxItems) })).toEqual([]);
    expect(await ofRequest({ order: order(LIMITS.maxItems + 1) })).toEqual(['order.items: must have at most 1000 items']);
  });

  it(`tags: ${LIMITS.maxTags} on a customer`, async () => {
    const customer = (count: number) => ({ id: 'c', tags: times(count, (i) => `tag-${i}`) });
    expect(await ofRequest({ customer: customer(LIMITS.maxTags) })).toEqual([]);
    expect(await ofRequest({ customer: customer(LIMITS.maxTags + 1) })).toEqual(['customer.tags: must have at most 100 items']);
  });

  it(`past concessions: ${LIMITS.maxConcessions}`, async () => {
    const customer = (count: number) => ({ id: 'c', concessions: times(count, () => ({ at: '2020-01-01', cost: '1.00' })) });
    expect(await ofRequest({ customer: customer(LIMITS.maxConcessions) })).toEqual([]);
    expect(await ofRequest({ customer: customer(LIMITS.maxConcessions + 1) })).toEqual(['customer.concessions: must have at most 1000 items']);
  });

  it(`offers per catalog: ${LIMITS.maxOffers}`, async () => {
    const catalog = (count: number) => times(count, (i) => ({ id: `offer-${i}`, kind: 'service', label: 'x', unitCost: '1.00' }));
    expect(await ofConfig({ catalog: catalog(LIMITS.maxOffers), rules: [] })).toEqual([]);
    expect(await ofConfig({ catalog: catalog(LIMITS.maxOffers + 1), rules: [] })).toEqual(['catalog: must have at most 2000 items']);
  });

  it(`rules per client: ${LIMITS.maxRules}`, async () => {
    const rules = (count: number) => times(count, (i) => ({ ...offerRule(['disc-10']), name: `rule-${i}` }));
    expect(await ofConfig({ rules: rules(LIMITS.maxRules) })).toEqual([]);
    expect(await ofConfig({ rules: rules(LIMITS.maxRules + 1) })).toEqual(['rules: must have at most 5000 items']);
  });

  it(`levels in a chain: ${LIMITS.maxLevels}`, async () => {
    const policy = (count: number) => ({ levels: times(count, (i) => ({ id: i === 0 ? 'agent' : `level-${i}`, maxCost: '100.00' })) });
    expect(await ofConfig({ policy: policy(LIMITS.maxLevels) })).toEqual([]);
    expect(await ofConfig({ policy: policy(LIMITS.maxLevels + 1) })).toEqual(['policy.levels: must have at most 20 items']);
  });

  it(`nesting: a document ${LIMITS.maxDepth} levels deep`, async () => {
    // config → rules → rule → conditions → all → comparison: 6 levels before the value.
    const ruleWithValue = (value: unknown) => ({ name: 'r', conditions: { all: [{ fact: 'reason', operator: 'equal', value }] }, event: flag });
    expect(await ofConfig({ rules: [ruleWithValue(nested(LIMITS.maxDepth - 6, 'array'))] })).toEqual([]);
    expect(await ofConfig({ rules: [ruleWithValue(nested(LIMITS.maxDepth - 5, 'array'))] })).toEqual([': nested deeper than 32 levels']);
  });

  it(`lists in a rule: ${LIMITS.maxListValues} conditions in an all or any, values in a list or object`, async () => {
    const comparison = { fact: 'reason', operator: 'equal', value: 'x' };
    const withAll = (count: number) => [{ name: 'r', conditions: { any: times(count, () => comparison) }, event: flag }];
    expect(await ofConfig({ rules: withAll(LIMITS.maxListValues) })).toEqual([]);
    expect(await ofConfig({ rules: withAll(LIMITS.maxListValues + 1) })).toEqual(['rules[0].conditions.any: must have at most 1000 items']);
    const withValue = (value: unknown) => [{ name: 'r', conditions: { all: [{ fact: 'reason', operator: 'in', value }] }, event: flag }];
    expect(await ofConfig({ rules: withValue(times(LIMITS.maxListValues, String)) })).toEqual([]);
    expect(await ofConfig({ rules: withValue(times(LIMITS.maxListValues + 1, String)) })).toEqual([
      'rules[0].conditions.all[0].value: must have at most 1000 items',
    ]);
    const entries = Object.fromEntries(times(LIMITS.maxListValues + 1, (i) => [`k${i}`, i]));
    expect(await ofConfig({ rules: withValue(entries) })).toEqual(['rules[0].conditions.all[0].value: must have at most 1000 entries']);
  });
});

describe('LIMITS in the README', () => {
  it('lists every limit with its default', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [limit, value] of Object.entries(LIMITS)) expect(readme).toContain(`| \`${limit}\` | ${value.toLocaleString('en-US')} |`);
  });
});
