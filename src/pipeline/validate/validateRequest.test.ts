import { describe, expect, it } from 'vitest';
import { issuesOf as refusedWith } from '../../../test/support/hostile';
import { validateConfig } from './validateConfig';
import { validateRequest } from './validateRequest';
import { factNames } from '../facts/factNames';
import { config, request } from '../../../test/support/builders';

const client = validateConfig(config({ reasons: [{ code: 'too-small', label: 'Too small' }] }), {
  facts: new Set(factNames),
  operators: new Set(),
});

const issuesOf = (raw: unknown) => refusedWith(() => validateRequest(raw, client));

const items = request().order as { items: object[] };
const withOrder = (changes: object) => request({ order: { ...request().order, ...changes } });

describe('validateRequest', () => {
  it('accepts a valid request and fills the default purpose', async () => {
    expect(validateRequest(request(), client).purpose).toBe('return');
  });

  it('names each missing field', async () => {
    const { customer: _c, receivedAt: _r, ...rest } = request() as Record<string, unknown>;
    expect(await issuesOf(rest)).toEqual([
      'receivedAt: is required',
      'customer: is required',
    ]);
  });

  it('refuses a line SKU that is not in the order', async () => {
    expect(await issuesOf(request({ lines: [{ sku: 'HAT', quantity: 1 }] }))).toEqual(['lines[0].sku: SKU "HAT" is not in the order']);
  });

  it('refuses negative and zero quantities', async () => {
    const issues = await issuesOf(request({ lines: [{ sku: 'JACKET', quantity: -1 }, { sku: 'SOCKS', quantity: 0 }] }));
    expect(issues.map((issue) => issue.split(':')[0])).toEqual(['lines[0].quantity', 'lines[1].quantity']);
  });

  it('refuses returning more than was ordered, counting repeated lines together', async () => {
    expect(await issuesOf(request({ lines: [{ sku: 'SOCKS', quantity: 2 }, { sku: 'SOCKS', quantity: 1 }] }))).toEqual([
      'lines[1].quantity: 3 of SKU "SOCKS" returned but only 2 ordered',
    ]);
  });

  it('refuses an unknown currency and one other than the client\'s', async () => {
    expect(await issuesOf(withOrder({ currency: 'XYZ' }))).toEqual(['order.currency: "XYZ" is not an ISO 4217 currency savedesk knows']);
    expect((await issuesOf(withOrder({ currency: 'EUR' })))[0]).toMatch(/^order\.currency: the order is in EUR but this client's amounts are in USD/);
  });

  it('refuses money given as a number, with a sign, an exponent or too many decimals', async () => {
    const issues = await issuesOf(
      withOrder({
        total: 250,
        items: [
          { ...items.items[0], unitPrice: '-1.00' },
          { ...items.items[1], unitPrice: '1e3' },
        ],
      }),
    );
    expect(issues.map((issue) => issue.split(':')[0])).toEqual(['order.total', 'order.items[0].unitPrice', 'order.items[1].unitPrice']);
    expect(await issuesOf(withOrder({ total: '250.001' }))).toEqual(['order.total: USD amounts have at most 2 decimal places']);
  });

  it('refuses impossible dates and dates without a zone', async () => {
    expect((await issuesOf(request({ receivedAt: '2026-02-30T10:00:00Z' })))[0]).toMatch(/^receivedAt: must be an ISO 8601 date-time/);
    expect(await issuesOf(request({ receivedAt: '2026-02-03T10:00:00' }))).toHaveLength(1);
  });

  it('refuses an unknown level, a missing level and an unknown reason', async () => {
    expect(await issuesOf(request({ agent: { level: 'boss' } }))).toEqual(['agent.level: no level "boss" in the policy\'s escalation chain']);
    expect(await issuesOf(request({ agent: undefined, channel: 'chat' }))).toEqual([
      'agent: no agent level given and policy.channelLevels sets none for the "chat" channel',
    ]);
    expect(await issuesOf(request({ reason: { code: 'meh' } }))).toEqual(['reason.code: reason "meh" is not in the client\'s reason taxonomy']);
  });

  it('refuses unknown fields, so a typo is not silently ignored', async () => {
    expect(await issuesOf(request({ reasn: { code: 'x' } }))).toEqual([': Unrecognized key: "reasn"']);
  });

  it('refuses duplicate SKUs in the order', async () => {
    expect(await issuesOf(withOrder({ items: [items.items[0], items.items[0]] }))).toEqual(['order.items[1].sku: SKU "JACKET" appears more than once']);
  });

  it('reports every problem at once', async () => {
    const issues = await issuesOf(request({ lines: [{ sku: 'HAT', quantity: 1 }], agent: { level: 'boss' }, reason: { code: 'meh' } }));
    expect(issues).toHaveLength(3);
  });

  it('refuses input that is not an object without throwing anything else', async () => {
    for (const raw of [null, 42, 'request', [], undefined]) expect((await issuesOf(raw)).length).toBeGreaterThan(0);
  });
});
