import { describe, expect, it } from 'vitest';
import { createDesk, SavedeskConfigError, SavedeskError, SavedeskInputError, type ClientConfig, type Decision, type ReturnRequest } from '../src/index';
import { alwaysRule, config, offerRule, request } from './support/builders';

const decide = (cfg: object, req: object = request(), trace = false) => createDesk(cfg as ClientConfig).decide(req as ReturnRequest, { trace });
const offered = (decision: Decision) => decision.offers.map((offer) => offer.offerId);
const withheld = (decision: Decision) => Object.fromEntries(decision.withheld.map((w) => [w.offerId, w.why]));

describe('decide, end to end', () => {
  it('sums "0.1" + "0.2" items to exactly "0.30"', async () => {
    const req = request({
      order: { id: 'o', placedAt: '2026-11-01', currency: 'USD', total: '0.30', items: [
        { sku: 'A', unitPrice: '0.1', quantity: 1 },
        { sku: 'B', unitPrice: '0.2', quantity: 1 },
      ] },
      lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }],
    });
    const decision = await decide(config(), req);
    expect(decision.returnValue).toBe('0.30');
    expect(decision.fallback).toEqual({ kind: 'return', refund: '0.30' });
    expect(decision.offers[0]!.cost).toBe('0.03');
  });

  it('returns the documented decision for a simple save', async () => {
    const decision = await decide(config());
    expect(decision).toEqual({
      requestId: 'req-1',
      clientId: 'acme',
      currency: 'USD',
      returnValue: '200.00',
      returnLoss: '200.00',
      offers: [{
        rank: 1, offerId: 'disc-10', kind: 'discount', label: '10% off', cost: '20.00', customerValue: '20.00',
        expectedSaving: '90.00', approval: null, because: ['offer-disc-10'], terms: { percent: 10 },
        acceptance: { rate: 0.5, source: 'prior', outcomes: 0 },
      }],
      withheld: [], guidance: [], followUps: [], flags: [],
      fallback: { kind: 'return', refund: '200.00' },
    });
  });

  it('gives a reason for every withheld candidate', async () => {
    const catalog = [
      { id: 'excluded', kind: 'service', label: 'x', unitCost: '1.00' },
      { id: 'wrong-reason', kind: 'service', label: 'x', unitCost: '1.00', reasons: ['too-big'] },
      { id: 'sales', kind: 'upsell', label: 'x' },
      { id: 'too-dear', kind: 'service', label: 'x', unitCost: '2000.00' },
      { id: 'over-top', kind: 'discount', label: 'x', amount: '1500.00' },
      { id: 'over-cap', kind: 'discount', label: 'x', amount: '60.00' },
      { id: 'none-left', kind: 'free_product', label: 'x', sku: 'P', quantity: 1, unitCost: '2.00', retailValue: '9.00', stock: 0 },
      { id: 'big-coupon', kind: 'coupon', label: 'x', amount: '20.00', validDays: 30, redemptionRate: 0.5 },
      { id: 'small-coupon', kind: 'coupon', label: 'x', amount: '10.00', validDays: 30, redemptionRate: 0.5 },
      { id: 'keeper', kind: 'keep_item', label: 'x', refundPercent: 2 },
    ];
    const rules = [
      offerRule(catalog.map((offer) => offer.id)),
      alwaysRule('no-service-1', { type: 'exclude', params: { offer: 'excluded', why: 'not for this customer' } }),
    ];
    // Refund and loss 2,000; the agent may give up to 1,000; 250 of the 30-day cap of 300 is used.
    const policy = { levels: [{ id: 'agent', maxCost: '1000.00' }], customerCap: { windowDays: 30, maxCost: '300.00' } };
    const req = request({
      customer: { id: 'c', concessions: [{ at: '2026-11-10T00:00:00Z', cost: '250.00' }] },
      order: { ...request().order, total: '2000.00', items: [{ sku: 'JACKET', unitPrice: '2000.00', unitCost: '900.00', quantity: 1 }] },
    });
    const decision = await decide(config({ catalog, rules, policy }), req);
    expect(withheld(decision)).toEqual({
      excluded: 'excluded',
      'wrong-reason': 'constraint',
      sales: 'sales-suppressed',
      'none-left': 'out-of-stock',
      'too-dear': 'not-cost-effective',
      'over-top': 'over-limit',
      'over-cap': 'customer-cap',
      'big-coupon': 'not-selected',
    });
    expect(decision.withheld.find((w) => w.offerId === 'excluded')!.detail).toBe('not for this customer (rule "no-service-1")');
    // small coupon: 0.5 × (2000 − 5) = 997.50 beats the big one's 0.5 × (2000 − 10); keep-it: 0.5 × (2000 − 40)
    expect(decision.offers.map((o) => [o.offerId, o.expectedSaving])).toEqual([['small-coupon', '997.50'], ['keeper', '980.00']]);
  });

  it('asks the lowest level that may give an offer, at each level of the chain', async () => {
    const catalog = [
      { id: 'd50', kind: 'discount', label: 'x', amount: '50.00' },
      { id: 'd150', kind: 'discount', label: 'x', amount: '150.00' },
      { id: 'd190', kind: 'discount', label: 'x', amount: '190.00' },
    ];
    const cfg = config({ catalog, rules: [offerRule(['d50', 'd150', 'd190'])], policy: { ...config().policy, distinctKinds: false, levels: [
      { id: 'agent', maxCost: '100.00' }, { id: 'senior', maxCost: '160.00' }, { id: 'supervisor', maxCost: '195.00' },
    ] } });
    const approvals = (decision: Decision) => Object.fromEntries(decision.offers.map((o) => [o.offerId, o.approval?.level ?? null]));
    expect(approvals(await decide(cfg))).toEqual({ d50: null, d150: 'senior', d190: 'supervisor' });
    expect(approvals(await decide(cfg, request({ agent: { level: 'senior' } })))).toEqual({ d50: null, d150: null, d190: 'supervisor' });
    expect(approvals(await decide(cfg, request({ agent: { level: 'supervisor' } })))).toEqual({ d50: null, d150: null, d190: null });
  });

  it('never shows a portal request an offer that needs approval', async () => {
    const catalog = [{ id: 'd150', kind: 'discount', label: 'x', amount: '150.00' }];
    const decision = await decide(config({ catalog, rules: [offerRule(['d150'])] }), request({ channel: 'portal', agent: undefined }));
    expect(decision.offers).toEqual([]);
    expect(decision.withheld).toEqual([{ offerId: 'd150', why: 'over-limit', detail: 'needs approval at level senior, and a portal request cannot escalate' }]);
  });

  it('counts concessions inside the cap window only', async () => {
    const policy = { ...config().policy, customerCap: { windowDays: 90, maxCost: '50.00', maxCount: 2 } };
    const customer = (concessions: object[]) => request({ customer: { id: 'c', concessions } });
    const cfg = config({ policy });
    const old = { at: '2026-07-01T00:00:00Z', cost: '40.00' };
    const recent = { at: '2026-11-01T00:00:00Z', cost: '40.00' };
    const small = { at: '2026-10-01', cost: '1.00' };
    expect(offered(await decide(cfg, customer([old, old])))).toEqual(['disc-10']);
    expect(withheld(await decide(cfg, customer([recent])))).toEqual({ 'disc-10': 'customer-cap' });
    expect(withheld(await decide(cfg, customer([small, small])))).toEqual({ 'disc-10': 'customer-cap' });
    expect(offered(await decide(cfg, customer([small])))).toEqual(['disc-10']);
  });

  it('breaks ties in expected saving by lower cost, then by offer id', async () => {
    // Every offer costs 20.00 and saves 0.5 × (200 − 20) = 90.00: only the offer id can order them.
    const catalog = [
      { id: 'b-coupon', kind: 'coupon', label: 'x', amount: '40.00', validDays: 30, redemptionRate: 0.5, acceptRate: 0.5 },
      { id: 'a-credit', kind: 'store_credit', label: 'x', bonusPercent: 10, acceptRate: 0.5 },
      { id: 'c-service', kind: 'service', label: 'x', unitCost: '20.00', acceptRate: 0.5 },
      { id: 'z-exchange', kind: 'exchange', label: 'x', shippingCost: '20.00', acceptRate: 0.5 },
    ];
    const decision = await decide(config({ catalog, rules: [offerRule(catalog.map((o) => o.id))], policy: { ...config().policy, maxOffers: 4 } }));
    expect(decision.offers.map((o) => [o.offerId, o.expectedSaving, o.cost])).toEqual([
      ['a-credit', '90.00', '20.00'],
      ['b-coupon', '90.00', '20.00'],
      ['c-service', '90.00', '20.00'],
      ['z-exchange', '90.00', '20.00'],
    ]);
    // 0.49997 × (200 − 19.99) rounds to the same 90.00, at a lower cost: cost breaks the tie before the id.
    const cheaper = catalog.map((o) => (o.id === 'z-exchange' ? { ...o, shippingCost: '19.99', acceptRate: 0.49997 } : o));
    const ranked = await decide(config({ catalog: cheaper, rules: [offerRule(catalog.map((o) => o.id))], policy: { ...config().policy, maxOffers: 4 } }));
    expect(ranked.offers.map((o) => [o.offerId, o.expectedSaving])).toEqual([
      ['z-exchange', '90.00'],
      ['a-credit', '90.00'],
      ['b-coupon', '90.00'],
      ['c-service', '90.00'],
    ]);
  });

  it('is deterministic: two runs give identical JSON', async () => {
    const desk = createDesk(config());
    const [a, b] = await Promise.all([desk.decide(request(), { trace: true }), desk.decide(request(), { trace: true })]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('fills guidance, follow-ups and flags from the fired rules, in order', async () => {
    const rules = [
      alwaysRule('late', { type: 'guide', params: { text: 'Apologise to {{customer.name}} for order {{order.id}}{{agent.missing}}.' } }, 2),
      alwaysRule('call', { type: 'follow-up', params: { afterDays: 7, channel: 'phone', purpose: 'check' } }),
      alwaysRule('q1', { type: 'flag', params: { flag: 'quality-issue' } }),
      alwaysRule('q2', { type: 'flag', params: { flag: 'quality-issue' } }),
    ];
    const decision = await decide(config({ rules }));
    expect(decision.guidance).toEqual([{ text: 'Apologise to Ada Byron for order o-1.', rule: 'late' }]);
    expect(decision.followUps).toEqual([{ afterDays: 7, channel: 'phone', purpose: 'check', rule: 'call' }]);
    expect(decision.flags).toEqual(['quality-issue']);
  });

  it('traces facts and which conditions passed', async () => {
    const rules = [{ name: 'big', conditions: { all: [{ fact: 'returnValue', operator: 'greaterThan', value: 500 }] }, event: { type: 'flag', params: { flag: 'big' } } }];
    const decision = await decide(config({ rules }), request(), true);
    expect(decision.trace!.facts).toMatchObject({ returnValue: 200, reason: 'too-small', daysSinceDelivery: 18 });
    expect(decision.trace!.rules).toEqual([
      { rule: 'big', priority: 1, fired: false, conditions: { all: [{ fact: 'returnValue', operator: 'greaterThan', value: 500, factResult: 200, result: false }] } },
    ]);
    expect((await decide(config({ rules }))).trace).toBeUndefined();
  });

  it('rejects a bad request with SavedeskInputError, never a TypeError', async () => {
    await expect(decide(config(), { id: 'x' })).rejects.toBeInstanceOf(SavedeskInputError);
    await expect(decide(config(), request({ lines: [{ sku: 'JACKET', quantity: 2 }] }))).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ path: 'lines[0].quantity', message: '2 of SKU "JACKET" returned but only 1 ordered' }],
    });
  });

  it('fails at createDesk, not at decide, for a rule naming an unknown offer', () => {
    expect(() => createDesk(config({ rules: [offerRule(['nope'])] }))).toThrow(SavedeskConfigError);
  });

  it('fails closed when a custom fact throws', async () => {
    const desk = createDesk(config({ rules: [{ name: 'r', conditions: { all: [{ fact: 'weather', operator: 'equal', value: 'rain' }] }, event: { type: 'flag', params: { flag: 'x' } } }] }), {
      facts: { weather: () => { throw new Error('no forecast'); } },
    });
    const failure = desk.decide(request());
    await expect(failure).rejects.toBeInstanceOf(SavedeskError);
    await expect(failure).rejects.toMatchObject({ code: 'rule-evaluation-failed', issues: [{ path: 'rules', message: 'fact "weather" threw: no forecast' }] });
  });
});
