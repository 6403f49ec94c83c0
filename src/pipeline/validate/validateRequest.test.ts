import { describe, expect, it } from 'vitest';
import type { SavedeskInputError } from '../../errors/SavedeskError';
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
    expect(await issuesOf(request({ agent: { level: 'boss' } }))).toEqual(['agent.level: no level "boss" in the policy\'s escalation chain ("agent", "senior", "supervisor")']);
    expect(await issuesOf(request({ agent: { level: 'supervsor' } }))).toEqual([
      'agent.level: no level "supervsor" in the policy\'s escalation chain ("agent", "senior", "supervisor"); did you mean "supervisor"?',
    ]);
    expect(await issuesOf(request({ agent: undefined, channel: 'chat' }))).toEqual([
      'agent: no agent level given and policy.channelLevels sets none for the "chat" channel',
    ]);
    expect(await issuesOf(request({ reason: { code: 'meh' } }))).toEqual(['reason.code: reason "meh" is not in the client\'s reason taxonomy ("too-small")']);
    expect(await issuesOf(request({ reason: { code: 'too-smal' } }))).toEqual([
      'reason.code: reason "too-smal" is not in the client\'s reason taxonomy ("too-small"); did you mean "too-small"?',
    ]);
  });

  it('refuses unknown fields, so a typo is not silently ignored', async () => {
    expect(await issuesOf(request({ reasn: { code: 'x' } }))).toEqual(['reasn: unknown field "reasn"; did you mean "reason"?']);
    expect(await issuesOf(withOrder({ items: [{ ...items.items[0], unitPirce: '1.00' }] }))).toEqual(['order.items[0].unitPirce: unknown field "unitPirce"; did you mean "unitPrice"?']);
  });

  it('accepts one SKU on several order lines, and refuses only more returned than all of them hold', async () => {
    const twice = withOrder({ items: [items.items[0], { ...items.items[0], unitPrice: '180.00' }] });
    expect(validateRequest({ ...twice, lines: [{ sku: 'JACKET', quantity: 2 }] }, client).lines).toHaveLength(1);
    expect(await issuesOf({ ...twice, lines: [{ sku: 'JACKET', quantity: 1 }, { sku: 'JACKET', quantity: 2 }] })).toEqual(['lines[1].quantity: 3 of SKU "JACKET" returned but only 2 ordered']);
  });

  it('matches a lineId exactly, and refuses one the order does not have, or of another SKU', async () => {
    const order = withOrder({ items: [{ ...items.items[0], lineId: 'L1' }, { ...items.items[1], lineId: 'L2' }] });
    expect(await issuesOf({ ...order, lines: [{ sku: 'JACKET', lineId: 'L1', quantity: 1 }] })).toEqual([]);
    expect(await issuesOf({ ...order, lines: [{ sku: 'JACKET', lineId: 'L3', quantity: 1 }] })).toEqual([
      'lines[0].lineId: no order line has lineId "L3"; the order\'s lines are "L1", "L2"; did you mean "L1"?',
    ]);
    expect(await issuesOf({ ...order, lines: [{ sku: 'JACKET', lineId: 'L2', quantity: 1 }] })).toEqual(['lines[0].sku: order line "L2" is SKU "SOCKS", not "JACKET"']);
    expect(await issuesOf(withOrder({ items: [{ ...items.items[0], lineId: 'L1' }, { ...items.items[1], lineId: 'L1' }] }))).toEqual([
      'order.items[1].lineId: order line "L1" appears more than once',
    ]);
  });

  it('accepts unit prices and costs with up to 6 decimals, and no more', async () => {
    expect(await issuesOf(withOrder({ items: [{ ...items.items[0], unitPrice: '199.999999', unitCost: '0.001' }] }))).toEqual([]);
    expect(await issuesOf(withOrder({ items: [{ ...items.items[0], unitPrice: '199.9999999' }] }))).toEqual([
      'order.items[0].unitPrice: must be a decimal string like "0.85" or "0.001" (no sign, no exponent, at most 6 decimals)',
    ]);
  });

  it('refuses dates out of order: placed ≤ delivered ≤ received, customer since ≤ received', async () => {
    expect(await issuesOf(withOrder({ placedAt: '2026-11-25', deliveredAt: '2026-11-24T09:00:00Z' }))).toEqual([
      'order.placedAt: order.placedAt (2026-11-25) is after order.deliveredAt (2026-11-24T09:00:00Z); it must be on or before it',
      'order.deliveredAt: order.deliveredAt (2026-11-24T09:00:00Z) is after receivedAt (2026-11-23T10:00:00Z); it must be on or before it',
    ]);
    expect(await issuesOf(withOrder({ placedAt: '2026-11-24', deliveredAt: undefined }))).toEqual([
      'order.placedAt: order.placedAt (2026-11-24) is after receivedAt (2026-11-23T10:00:00Z); it must be on or before it',
    ]);
    expect(await issuesOf(request({ customer: { id: 'c', since: '2027-01-01' } }))).toEqual([
      'customer.since: customer.since (2027-01-01) is after receivedAt (2026-11-23T10:00:00Z); it must be on or before it',
    ]);
    // A date without a time is its whole day: delivered on the day received is in order.
    expect(await issuesOf(withOrder({ deliveredAt: '2026-11-23' }))).toEqual([]);
  });

  it('reports shape, meaning and amounts in one error, each in savedesk\'s words with a code', async () => {
    const broken = request({
      channel: 'fax',
      agent: { level: 'supervsor' },
      reason: { code: 'too-smal' },
      customer: { id: 'c', since: '2027-01-01', lifetimeValue: '10.001' },
      order: { ...request().order, total: 250, placedAt: '2026-11-30', currency: 'USD', items: [{ ...items.items[0], unitPrice: '200.001' }, items.items[1]] },
      lines: [{ sku: 'JACKET', quantity: 3 }],
    });
    const error = (() => { try { validateRequest(broken, client); } catch (thrown) { return thrown as SavedeskInputError; } })()!;
    expect(error.issues.map(({ code, path, message }) => `${code} ${path}: ${message}`)).toEqual([
      'not-allowed channel: must be one of "phone", "chat", "email", "portal"',
      'invalid-amount order.total: must be a decimal string like "1799.00" (no sign, no exponent, at most 4 decimals)',
      'too-many-decimals customer.lifetimeValue: USD amounts have at most 2 decimal places',
      'date-order order.placedAt: order.placedAt (2026-11-30) is after order.deliveredAt (2026-11-05); it must be on or before it',
      'date-order customer.since: customer.since (2027-01-01) is after receivedAt (2026-11-23T10:00:00Z); it must be on or before it',
      'line-over-ordered lines[0].quantity: 3 of SKU "JACKET" returned but only 1 ordered',
      'unknown-level agent.level: no level "supervsor" in the policy\'s escalation chain ("agent", "senior", "supervisor"); did you mean "supervisor"?',
      'unknown-reason reason.code: reason "too-smal" is not in the client\'s reason taxonomy ("too-small"); did you mean "too-small"?',
    ]);
  });

  it('reports every problem at once', async () => {
    const issues = await issuesOf(request({ lines: [{ sku: 'HAT', quantity: 1 }], agent: { level: 'boss' }, reason: { code: 'meh' } }));
    expect(issues).toHaveLength(3);
  });

  it('refuses input that is not an object without throwing anything else', async () => {
    for (const raw of [null, 42, 'request', [], undefined]) expect((await issuesOf(raw)).length).toBeGreaterThan(0);
  });
});
