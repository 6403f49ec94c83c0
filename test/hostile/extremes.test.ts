import { afterEach, describe, expect, it } from 'vitest';
import { createDesk, LIMITS, SavedeskConfigError, SavedeskInputError, type ClientConfig, type ReturnRequest } from '../../src/index';
import { alwaysRule, config, offerRule, request } from '../support/builders';
import { nested, prototypeChanges, prototypeFingerprint, refusedAt, replacedAt, stringPaths, tenMegabytes } from '../support/hostile';

const prototypesBefore = prototypeFingerprint();
afterEach(() => expect(prototypeChanges(prototypesBefore)).toEqual([]));

const desk = createDesk(config());
const decide = (req: unknown) => desk.decide(req as ReturnRequest);
const tooDeep = `nested deeper than ${LIMITS.maxDepth} levels`;

describe('hostile input: nesting', () => {
  it.each(['object', 'array'] as const)('refuses a %s nested 100,000 levels deep, at the root or inside a field, without overflowing the stack', async (shape) => {
    const deep = nested(100_000, shape);
    await expect(decide(deep)).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: '', message: tooDeep }] });
    await expect(decide(request({ customer: { id: 'c', tags: deep } }))).rejects.toBeInstanceOf(SavedeskInputError);
    expect(() => createDesk(deep as ClientConfig)).toThrow(SavedeskConfigError);
    const deepRule = { name: 'deep', conditions: { all: [{ fact: 'reason', operator: 'equal', value: deep }] }, event: { type: 'flag', params: { flag: 'x' } } };
    expect(() => createDesk(config({ rules: [deepRule] }))).toThrow(tooDeep);
  });

  it('refuses a request that contains itself, rather than looping', async () => {
    const cyclic: Record<string, unknown> = { ...request() };
    cyclic.customer = { id: 'c', self: cyclic };
    await expect(decide(cyclic)).rejects.toMatchObject({ issues: [{ message: tooDeep }] });
  });
});

describe('hostile input: 10 MB strings', () => {
  it.each(stringPaths(request()))('refuses a 10 MB string at %s, naming that path', async (path) => {
    expect(await refusedAt(() => decide(replacedAt(request(), path, tenMegabytes)))).toContain(path);
  });

  it('refuses a 10 MB key, naming it in its first 200 characters', async () => {
    const shown = `${tenMegabytes.slice(0, LIMITS.maxNameLength)}…`;
    await expect(decide({ ...request(), [tenMegabytes]: 1 })).rejects.toMatchObject({ issues: [{ code: 'unknown-key', path: `["${shown}"]`, message: expect.stringContaining(`unknown field "${shown}"`) }] });
    const params = { [tenMegabytes]: 1 };
    const rule = { name: 'r', conditions: { all: [{ fact: 'reason', operator: 'equal', value: 'x', params }] }, event: { type: 'flag', params: { flag: 'f' } } };
    expect(await refusedAt(() => createDesk(config({ rules: [rule] })))).toEqual([`rules[0].conditions.all[0].params["${shown}"]`]);
  });

  const ruleConfig = config({
    $schema: '../../schemas/client.schema.json',
    rules: [
      { name: 'r', conditions: { all: [{ fact: 'request', path: '$.customer.id', operator: 'equal', value: 'c-1', params: { p: 'x' } }] }, event: { type: 'offer', params: { offer: 'disc-10' } } },
      alwaysRule('g', { type: 'guide', params: { text: 'Thank {{customer.name}}.' } }),
      alwaysRule('x', { type: 'exclude', params: { kind: 'coupon', why: 'not now' } }),
    ],
  });
  it.each(stringPaths(ruleConfig))('refuses a 10 MB string at %s in a config, naming that path', (path) => {
    expect(() => createDesk(replacedAt(ruleConfig, path, tenMegabytes))).toThrow(expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ path })]) }));
  });
});

describe('hostile input: prototype keys', () => {
  const keys = ['__proto__', 'constructor', 'prototype'];
  /** The JSON text with `"<key>": {"polluted": true}` added to every object, parsed as a file would be. */
  const withKeyEverywhere = (doc: object, key: string) =>
    JSON.parse(JSON.stringify(doc).replaceAll('{', `{"${key}":{"polluted":true},`).replaceAll(',}', '}'));

  it.each(keys)('refuses "%s" keys in every object of a request as unknown fields', async (key) => {
    const paths = await refusedAt(() => decide(withKeyEverywhere(request(), key)));
    const at = (path: string) => (path === '' ? key : `${path}.${key}`);
    expect(paths).toEqual(expect.arrayContaining(['', 'customer', 'order', 'order.items[0]', 'lines[0]', 'reason'].map(at)));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(keys)('refuses "%s" keys in every object of a config as unknown fields', async (key) => {
    const paths = await refusedAt(() => createDesk(withKeyEverywhere(config(), key)));
    const at = (path: string) => (path === '' ? key : `${path}.${key}`);
    expect(paths).toEqual(expect.arrayContaining(['', 'client', 'catalog[0]', 'policy', 'policy.levels[0]', 'rules[0]', 'rules[0].event.params'].map(at)));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(keys)('treats "%s" inside a condition value as plain data: compared, never followed', async (key) => {
    const value = JSON.parse(`{"${key}": {"polluted": true}, "code": "too-small"}`);
    const rule = { name: 'odd', conditions: { all: [{ fact: 'reason', operator: 'equal', value }] }, event: { type: 'offer', params: { offer: 'disc-10' } } };
    const decision = await createDesk(config({ rules: [rule] })).decide(request());
    expect(decision.offers).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile input: numbers and money', () => {
  const badMoney = [Number.NaN, Number.POSITIVE_INFINITY, 1e3, 49.9, '1e3', '1E3', '-1.00', '+1.00', '.50', '1.', '0x1F', '1,000.00', ' 1.00', 'NaN', 'Infinity', '0049.90', '1'.repeat(21)];

  it.each(badMoney)('refuses %s as a money amount in a request, at its path', async (amount) => {
    const order = { ...request().order, total: amount };
    expect(await refusedAt(() => decide(request({ order })))).toEqual(['order.total']);
    const concessions = [{ at: '2026-11-01', cost: amount }];
    expect(await refusedAt(() => decide(request({ customer: { id: 'c', concessions } })))).toEqual(['customer.concessions[0].cost']);
  });

  it.each(badMoney)('refuses %s as a money amount in a config, at its path', async (amount) => {
    const levels = [{ id: 'agent', maxCost: amount }];
    expect(await refusedAt(() => createDesk(config({ policy: { levels } })))).toContain('policy.levels[0].maxCost');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5, -1, '1', 1e21])('refuses %s as a quantity', async (quantity) => {
    expect(await refusedAt(() => decide(request({ lines: [{ sku: 'JACKET', quantity }] })))).toEqual(['lines[0].quantity']);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.1, 1.5, '0.5'])('refuses %s as an acceptRate', async (acceptRate) => {
    const catalog = [{ id: 'disc-10', kind: 'discount', label: 'x', percent: 10, acceptRate }];
    expect(await refusedAt(() => createDesk(config({ catalog })))).toEqual(['catalog[0].acceptRate']);
  });

  it.each([Number.NaN, Number.NEGATIVE_INFINITY, -1, 1001, '2'])('refuses %s as a rule weight', async (weight) => {
    expect(await refusedAt(() => createDesk(config({ rules: [offerRule(['disc-10'], { weight })] })))).toEqual(['rules[0].event.params.weight']);
  });

  it('computes the largest amounts exactly, with no exponent and no float rounding', async () => {
    const order = { id: 'o', placedAt: '2026-11-01', currency: 'USD', total: '999999999999999.99', items: [{ sku: 'BIG', unitPrice: '999999999999999.99', quantity: 1_000_000 }] };
    const decision = await decide(request({ order, lines: [{ sku: 'BIG', quantity: 999_999 }] }));
    expect(decision.returnValue).toBe('999998999999999990000.01');
    // 10% of it is 99999899999999999000.001: beyond any level, and stated to the cent.
    expect(decision.withheld).toEqual([{ offerId: 'disc-10', why: 'over-limit', detail: 'costs 99999899999999999000.00: no level from senior to supervisor may give it' }]);
  });
});

describe('hostile input: rule values of the wrong shape', () => {
  const comparing = (operator: string, value: unknown) => config({
    rules: [{ name: 'odd', conditions: { all: [{ fact: 'channel', operator, value }] }, event: { type: 'flag', params: { flag: 'x' } } }],
  });

  // Found by the hostile-config property: `in` with {} passed createDesk, then every decide failed with "b.indexOf is not a function".
  it.each([['in', {}], ['notIn', 5], ['not:in', true], ['someValue:equal', 'phone'], ['everyValue:in', [['phone'], 7]]])(
    'refuses "%s" with the value %j at createDesk, not at every decide',
    async (operator, value) => {
      expect(await refusedAt(() => createDesk(comparing(operator, value)))).toEqual(['rules[0].conditions.all[0].value']);
    },
  );

  it.each([['in', ['phone', 'chat']], ['in', 'phone or chat'], ['someValue:equal', ['phone']], ['swap:in', 'phone'], ['in', { fact: 'channel' }]])(
    'accepts "%s" with the value %j',
    async (operator, value) => {
      await expect(createDesk(comparing(operator, value)).decide(request())).resolves.toBeDefined();
    },
  );
});

describe('hostile input: dates', () => {
  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-11-31', '26-11-01', '2026-1-1', '2026-11-23T24:00:00Z', '2026-11-23T10:60:00Z', '2026-11-23T10:00:00', '2026-11-23T10:00:00+25:00', '+002026-11-23', 'yesterday', ''])(
    'refuses %s as a date, at its path',
    async (date) => {
      expect(await refusedAt(() => decide(request({ order: { ...request().order, placedAt: date } })))).toEqual(['order.placedAt']);
      expect(await refusedAt(() => decide(request({ receivedAt: date })))).toEqual(['receivedAt']);
    },
  );

  it('accepts a real leap day, and a date-time with an offset', async () => {
    const order = { ...request().order, placedAt: '2024-02-29', deliveredAt: '2026-11-05T09:00:00+09:00' };
    const decision = await createDesk(config()).decide(request({ order }), { trace: true });
    expect(decision.trace!.facts).toMatchObject({ daysSinceOrder: 998, daysSinceDelivery: 18 });
  });
});
