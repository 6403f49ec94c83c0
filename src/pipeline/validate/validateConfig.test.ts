import { describe, expect, it } from 'vitest';
import { issuesOf as refusedWith } from '../../../test/support/hostile';
import { factNames } from '../facts/factNames';
import { validateConfig } from './validateConfig';
import { alwaysRule, config } from '../../../test/support/builders';

const vocabulary = { facts: new Set(factNames), operators: new Set(['isEven']) };

const issuesOf = (raw: unknown) => refusedWith(() => validateConfig(raw, vocabulary));

const when = (condition: object) => ({ name: 'r', conditions: { all: [condition] }, event: { type: 'flag', params: { flag: 'x' } } });

describe('validateConfig', () => {
  it('accepts a valid config and fills policy defaults', async () => {
    const valid = validateConfig(config(), vocabulary);
    expect(valid.policy).toMatchObject({ maxOffers: 3, distinctKinds: true, allowSalesOffers: false, defaultAcceptRate: 0.5 });
  });

  it('names a rule that offers an offer not in the catalog', async () => {
    const rules = [alwaysRule('r0', { type: 'flag', params: { flag: 'x' } }), alwaysRule('r1', { type: 'offer', params: { offers: ['disc-10', 'pct-50'] } })];
    expect(await issuesOf(config({ rules }))).toEqual(['rules[1].event.params.offers[1]: no offer "pct-50" in the catalog']);
  });

  it('names a level that is not in the policy, in rules and channel levels', async () => {
    const rules = [alwaysRule('r', { type: 'require-level', params: { kind: 'discount', level: 'boss' } })];
    const policy = { levels: [{ id: 'agent', maxCost: '10.00' }], channelLevels: { portal: 'web' } };
    expect(await issuesOf(config({ rules, policy }))).toEqual([
      'policy.channelLevels.portal: no level "web" in the policy\'s escalation chain ("agent")',
      'rules[0].event.params.level: no level "boss" in the policy\'s escalation chain ("agent")',
    ]);
  });

  it('refuses an unknown event type', async () => {
    const issues = await issuesOf(config({ rules: [alwaysRule('r', { type: 'discount', params: {} })] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^rules\[0\]\.event\.type: /);
  });

  it('refuses unknown facts and operators, and accepts registered ones', async () => {
    expect((await issuesOf(config({ rules: [when({ fact: 'mood', operator: 'equal', value: 1 })] })))[0]).toMatch(/^rules\[0\]\.conditions\.all\[0\]\.fact: no fact "mood"/);
    expect(await issuesOf(config({ rules: [when({ fact: 'reason', operator: 'like', value: 1 })] }))).toEqual(['rules[0].conditions.all[0].operator: no operator "like"']);
    expect(await issuesOf(config({ rules: [when({ fact: 'orderCount', operator: 'not:isEven', value: null })] }))).toEqual([]);
    expect(await issuesOf(config({ rules: [when({ fact: 'orderCount', operator: 'maybe:equal', value: 1 })] }))).toHaveLength(1);
  });

  it('refuses paths outside the safe subset, and fact references to unknown facts', async () => {
    const issues = await issuesOf(
      config({
        rules: [
          when({ fact: 'request', path: '$..sku', operator: 'equal', value: 'x' }),
          when({ fact: 'request', path: '$.order.items[0].sku', operator: 'equal', value: { fact: 'nope' } }),
        ],
      }),
    );
    expect(issues.map((issue) => issue.split(':')[0])).toEqual(['rules[0].conditions.all[0].path', 'rules[1].conditions.all[0].value.fact']);
  });

  it('refuses guidance placeholders that name no field of the request', async () => {
    const rules = [alwaysRule('g', { type: 'guide', params: { text: 'Hi {{customer.name}}, {{secret}}' } })];
    expect(await issuesOf(config({ rules }))).toEqual(['rules[0].event.params.text: placeholder {{secret}} does not name a field of the request (customer, order, reason, agent, …)']);
  });

  it('checks offer terms: percent or amount, digits of the currency, ranges, duplicates', async () => {
    const catalog = [
      { id: 'd', kind: 'discount', label: 'd', percent: 10, amount: '5.00' },
      { id: 'd', kind: 'coupon', label: 'c', amount: '5.001', validDays: 30, redemptionRate: 0.5 },
      { id: 'e', kind: 'exchange', label: 'e', shippingCost: '1.00', minReturnValue: '50.00', maxReturnValue: '10.00' },
    ];
    expect(await issuesOf(config({ catalog, rules: [] }))).toEqual([
      'catalog[1]: offer "d" appears more than once',
      'catalog[0]: give exactly one of "percent" or "amount"',
      'catalog[1].amount: USD amounts have at most 2 decimal places',
      'catalog[2].minReturnValue: "minReturnValue" is after "maxReturnValue"',
    ]);
  });

  it('refuses a typo in a field name', async () => {
    const catalog = [{ id: 'd', kind: 'discount', label: 'd', percent: 10, acceptRat: 0.5 }];
    expect(await issuesOf(config({ catalog, rules: [] }))).toEqual(['catalog[0].acceptRat: unknown field "acceptRat"; did you mean "acceptRate"?']);
  });

  it('refuses an unknown currency', async () => {
    expect(await issuesOf(config({ currency: 'ABC' }))).toEqual(['currency: "ABC" is not an ISO 4217 currency savedesk knows']);
  });

  it('reports every problem at once', async () => {
    const rules = [
      alwaysRule('a', { type: 'offer', params: { offer: 'x' } }),
      alwaysRule('b', { type: 'exclude', params: { why: 'no target' } }),
      alwaysRule('c', { type: 'offer', params: { offer: 'disc-10', offers: ['disc-10'] } }),
    ];
    expect(await issuesOf(config({ rules }))).toEqual([
      'rules[0].event.params.offer: no offer "x" in the catalog',
      'rules[1].event.params: give the "offer" or "kind" to exclude',
      'rules[2].event.params: give exactly one of "offer" or "offers"',
    ]);
  });

  it('reports shape, meaning and amounts in one pass, with "did you mean" for a fact, level and field', async () => {
    const catalog = [
      { id: 'disc-10', kind: 'discount', label: '10% off', percent: 10 },
      { id: 'odd', kind: 'discont', label: 'odd', percent: 5 },
    ];
    const rules = [
      when({ fact: 'returnValeu', operator: 'greaterThan', value: 10 }),
      alwaysRule('lvl', { type: 'require-level', params: { kind: 'discount', level: 'senoir' } }),
      alwaysRule('o', { type: 'offer', params: { offer: 'odd' } }),
      when({ fact: 'reason', operator: 'equal', valeu: 'x' }),
    ];
    const policy = { levels: [{ id: 'agent', maxCost: '10.001' }, { id: 'senior', maxCost: 300 }] };
    expect(await issuesOf(config({ catalog, rules, policy }))).toEqual([
      'catalog[1].kind: must be one of "discount", "coupon", "free_product", "replacement", "exchange", "store_credit", "keep_item", "upgrade", "service", "upsell", "continuity"; did you mean "discount"?',
      'policy.levels[1].maxCost: must be a decimal string like "1799.00" (no sign, no exponent, at most 4 decimals)',
      'rules[3].conditions.all[0].value: is required',
      'rules[3].conditions.all[0].valeu: unknown field "valeu"; did you mean "value"?',
      'policy.levels[0].maxCost: USD amounts have at most 2 decimal places',
      expect.stringMatching(/^rules\[0\]\.conditions\.all\[0\]\.fact: no fact "returnValeu"; did you mean "returnValue"\?; known facts: /),
      'rules[1].event.params.level: no level "senoir" in the policy\'s escalation chain ("agent", "senior"); did you mean "senior"?',
    ]);
  });

  it('checks each comparison that parses inside a condition whose shape is refused', async () => {
    const rule = { name: 'r', conditions: { all: [{ fact: 'reason', operator: 'equal', valeu: 'x' }, { any: [{ fact: 'returnValeu', operator: 'greaterThan', value: 10 }] }] }, event: { type: 'flag', params: { flag: 'x' } } };
    expect(await issuesOf(config({ rules: [rule] }))).toEqual([
      'rules[0].conditions.all[0].value: is required',
      'rules[0].conditions.all[0].valeu: unknown field "valeu"; did you mean "value"?',
      expect.stringMatching(/^rules\[0\]\.conditions\.all\[1\]\.any\[0\]\.fact: no fact "returnValeu"; did you mean "returnValue"\?/),
    ]);
  });

  it('refuses configs nested deeper than the limit before validating them', async () => {
    let deep: object = { fact: 'reason', operator: 'equal', value: 'x' };
    for (let i = 0; i < 100; i++) deep = { not: deep };
    expect(await issuesOf(config({ rules: [{ name: 'deep', conditions: deep, event: { type: 'flag', params: { flag: 'x' } } }] }))).toEqual([
      ': nested deeper than 32 levels',
    ]);
  });
});
