import { describe, expect, it } from 'vitest';
import { SavedeskInputError } from '../../errors/SavedeskError';
import { validateConfig } from './validateConfig';
import { validateRequest } from './validateRequest';
import { factNames } from '../facts/factNames';
import { config, request } from '../../../test/support/builders';

const client = validateConfig(config({ reasons: [{ code: 'too-small', label: 'Too small' }] }), {
  facts: new Set(factNames),
  operators: new Set(),
});

/** The issues a request gets, as `path: message` lines. */
function issuesOf(raw: unknown): string[] {
  try {
    validateRequest(raw, client);
  } catch (error) {
    expect(error).toBeInstanceOf(SavedeskInputError);
    expect((error as SavedeskInputError).code).toBe('invalid-input');
    return (error as SavedeskInputError).issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  return [];
}

const items = request().order as { items: object[] };
const withOrder = (changes: object) => request({ order: { ...request().order, ...changes } });

describe('validateRequest', () => {
  it('accepts a valid request and fills the default purpose', () => {
    expect(validateRequest(request(), client).purpose).toBe('return');
  });

  it('names each missing field', () => {
    const { customer: _c, receivedAt: _r, ...rest } = request() as Record<string, unknown>;
    expect(issuesOf(rest)).toEqual([
      'receivedAt: is required',
      'customer: is required',
    ]);
  });

  it('refuses a line SKU that is not in the order', () => {
    expect(issuesOf(request({ lines: [{ sku: 'HAT', quantity: 1 }] }))).toEqual(['lines[0].sku: SKU "HAT" is not in the order']);
  });

  it('refuses negative and zero quantities', () => {
    const issues = issuesOf(request({ lines: [{ sku: 'JACKET', quantity: -1 }, { sku: 'SOCKS', quantity: 0 }] }));
    expect(issues.map((issue) => issue.split(':')[0])).toEqual(['lines[0].quantity', 'lines[1].quantity']);
  });

  it('refuses returning more than was ordered, counting repeated lines together', () => {
    expect(issuesOf(request({ lines: [{ sku: 'SOCKS', quantity: 2 }, { sku: 'SOCKS', quantity: 1 }] }))).toEqual([
      'lines[1].quantity: 3 of SKU "SOCKS" returned but only 2 ordered',
    ]);
  });

  it('refuses an unknown currency and one other than the client\'s', () => {
    expect(issuesOf(withOrder({ currency: 'XYZ' }))).toEqual(['order.currency: "XYZ" is not an ISO 4217 currency savedesk knows']);
    expect(issuesOf(withOrder({ currency: 'EUR' }))[0]).toMatch(/^order\.currency: the order is in EUR but this client's amounts are in USD/);
  });

  it('refuses money given as a number, with a sign, an exponent or too many decimals', () => {
    const issues = issuesOf(
      withOrder({
        total: 250,
        items: [
          { ...items.items[0], unitPrice: '-1.00' },
          { ...items.items[1], unitPrice: '1e3' },
        ],
      }),
    );
    expect(issues.map((issue) => issue.split(':')[0])).toEqual(['order.total', 'order.items[0].unitPrice', 'order.items[1].unitPrice']);
    expect(issuesOf(withOrder({ total: '250.001' }))).toEqual(['order.total: USD amounts have at most 2 decimal places']);
  });

  it('refuses impossible dates and dates without a zone', () => {
    expect(issuesOf(request({ receivedAt: '2026-02-30T10:00:00Z' }))[0]).toMatch(/^receivedAt: must be an ISO 8601 date-time/);
    expect(issuesOf(request({ receivedAt: '2026-02-03T10:00:00' }))).toHaveLength(1);
  });

  it('refuses an unknown level, a missing level and an unknown reason', () => {
    expect(issuesOf(request({ agent: { level: 'boss' } }))).toEqual(['agent.level: no level "boss" in the policy\'s escalation chain']);
    expect(issuesOf(request({ agent: undefined, channel: 'chat' }))).toEqual([
      'agent: no agent level given and policy.channelLevels sets none for the "chat" channel',
    ]);
    expect(issuesOf(request({ reason: { code: 'meh' } }))).toEqual(['reason.code: reason "meh" is not in the client\'s reason taxonomy']);
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    expect(issuesOf(request({ reasn: { code: 'x' } }))).toEqual([': Unrecognized key: "reasn"']);
  });

  it('refuses duplicate SKUs in the order', () => {
    expect(issuesOf(withOrder({ items: [items.items[0], items.items[0]] }))).toEqual(['order.items[1].sku: SKU "JACKET" appears more than once']);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(request({ lines: [{ sku: 'HAT', quantity: 1 }], agent: { level: 'boss' }, reason: { code: 'meh' } }));
    expect(issues).toHaveLength(3);
  });

  it('refuses input that is not an object without throwing anything else', () => {
    for (const raw of [null, 42, 'request', [], undefined]) expect(issuesOf(raw).length).toBeGreaterThan(0);
  });
});
