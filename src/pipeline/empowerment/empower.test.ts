import { describe, expect, it } from 'vitest';
import type { Offer } from '../../schema/offer';
import type { Candidate } from '../candidates/Candidate';
import type { Money } from '../../money/money';
import { config, request } from '../../../test/support/builders';
import { offer, priced, stageInput } from '../../../test/support/stages';
import { empower } from './empower';

// The default request returns $200.00, so the agent's 15% of the return is $30.00.
const chain = [
  { id: 'agent', maxCost: '100.00', maxPercentOfReturn: 15 },
  { id: 'senior', maxCost: '300.00' },
  { id: 'supervisor', maxCost: '1000.00' },
];

interface Setting {
  policy?: object;
  request?: Record<string, unknown>;
}

/** Who may give each offer: null (the caller), the approving level's id, or why it was withheld. */
function empowered(offers: Array<Offer | [Offer, Partial<Candidate<Money>>]>, setting: Setting = {}) {
  const input = stageInput(
    config({ policy: { levels: chain, channelLevels: { portal: 'agent' }, ...setting.policy } }),
    request(setting.request),
  );
  const candidates = offers.map((entry) => (Array.isArray(entry) ? priced(entry[0], input, entry[1]) : priced(entry, input)));
  const result = empower(candidates, input.context, input.config.policy, input.money);
  return {
    given: Object.fromEntries(result.candidates.map((c) => [c.offer.id, c.approval?.level ?? null])),
    withheld: Object.fromEntries(result.withheld.map((w) => [w.offerId, w.why])),
    details: result.withheld.map((w) => w.detail),
    candidates: result.candidates,
  };
}

// A service costs its unitCost whatever is returned, so it can cost more than the return.
const service = (unitCost: string) => offer('service', { unitCost }, `service-${unitCost}`);
const discount = (amount: string) => offer('discount', { amount }, `discount-${amount}`);
const at = (level: string) => ({ request: { agent: { level } } });

describe('empower: within the caller\'s level, or the lowest level of the chain that may give it', () => {
  it('gives what the caller may give without approval', () => {
    expect(empowered([service('10.00'), service('30.00')]).given).toEqual({ 'service-10.00': null, 'service-30.00': null });
  });

  it('names the lowest level that may give it, at each level of the chain', () => {
    const result = empowered(['30.01', '300.00', '300.01', '1000.00'].map(service));
    expect(result.given).toEqual({
      'service-30.01': 'senior',
      'service-300.00': 'senior',
      'service-300.01': 'supervisor',
      'service-1000.00': 'supervisor',
    });
    expect(result.withheld).toEqual({});
  });

  it('withholds as over-limit what no level of the chain may give', () => {
    const fromAgent = empowered([service('1000.01')]);
    expect(fromAgent.withheld).toEqual({ 'service-1000.01': 'over-limit' });
    expect(fromAgent.details).toEqual(['costs 1000.01: no level from senior to supervisor may give it']);
    const fromTop = empowered([service('1000.01')], at('supervisor'));
    expect(fromTop.details).toEqual(['costs 1000.01: no level from supervisor to supervisor may give it']);
  });

  it('lets a higher caller give more, and never asks a level below the caller', () => {
    expect(empowered(['100.00', '300.00', '300.01'].map(service), at('senior')).given).toEqual({
      'service-100.00': null,
      'service-300.00': null,
      'service-300.01': 'supervisor',
    });
    expect(empowered([service('1000.00')], at('supervisor')).given).toEqual({ 'service-1000.00': null });
  });

  it('holds a level to maxPercentOfReturn as well as maxCost', () => {
    // 15% of $200.00 is $30.00: the agent's $100.00 maxCost does not reach beyond it.
    expect(empowered([service('30.00'), service('30.01'), service('99.00')]).given).toEqual({
      'service-30.00': null,
      'service-30.01': 'senior',
      'service-99.00': 'senior',
    });
  });

  it('holds a level to the kinds it may give', () => {
    const levels = [{ id: 'agent', maxCost: '100.00', kinds: ['service', 'coupon'] }, ...chain.slice(1)];
    expect(empowered([discount('10.00'), service('10.00')], { policy: { levels } }).given).toEqual({
      'discount-10.00': 'senior',
      'service-10.00': null,
    });
  });

  it('skips a level that may not give it for the next one up, even when a level above it has a lower maxCost', () => {
    const levels = [
      { id: 'agent', maxCost: '50.00' },
      { id: 'senior', maxCost: '300.00', kinds: ['discount'] },
      { id: 'manager', maxCost: '200.00' },
      { id: 'supervisor', maxCost: '1000.00' },
    ];
    expect(empowered([discount('150.00'), service('150.00'), service('250.00')], { policy: { levels } }).given).toEqual({
      'discount-150.00': 'senior',
      'service-150.00': 'manager',
      'service-250.00': 'supervisor',
    });
  });
});

describe('empower: require-level', () => {
  // requiredLevel is the index in the chain: 1 is senior, 2 supervisor.
  it('asks at the required level for what the caller could otherwise give', () => {
    expect(empowered([[service('10.00'), { requiredLevel: 2 }]]).given).toEqual({ 'service-10.00': 'supervisor' });
  });

  it('asks the first level at or above the required one that may give it', () => {
    expect(empowered([[service('500.00'), { requiredLevel: 1 }]]).given).toEqual({ 'service-500.00': 'supervisor' });
  });

  it('needs no approval when the caller is at or above the required level', () => {
    expect(empowered([[service('10.00'), { requiredLevel: 1 }]], at('senior')).given).toEqual({ 'service-10.00': null });
    expect(empowered([[service('10.00'), { requiredLevel: 1 }]], at('supervisor')).given).toEqual({ 'service-10.00': null });
    expect(empowered([[service('10.00'), { requiredLevel: 0 }]]).given).toEqual({ 'service-10.00': null });
  });
});

describe('empower: the portal never escalates', () => {
  const portal = { request: { channel: 'portal', agent: undefined } };

  it('shows a portal request what its level may give', () => {
    expect(empowered([service('30.00')], portal).given).toEqual({ 'service-30.00': null });
  });

  it('withholds as over-limit what would need approval, naming the level it would need', () => {
    const result = empowered([service('30.01'), [service('5.00'), { requiredLevel: 1 }]], portal);
    expect(result.given).toEqual({});
    expect(result.withheld).toEqual({ 'service-30.01': 'over-limit', 'service-5.00': 'over-limit' });
    expect(result.details[0]).toBe('needs approval at level senior, and a portal request cannot escalate');
  });

  it('does not escalate from the portal even when the request names a higher agent level', () => {
    const result = empowered([service('300.01')], { request: { channel: 'portal', agent: { level: 'senior' } } });
    expect(result.withheld).toEqual({ 'service-300.01': 'over-limit' });
  });
});

describe('empower: the customer cap over its window, this offer included', () => {
  const now = Date.parse(request().receivedAt as string);
  const daysAgo = (days: number, ms = 0) => new Date(now - days * 86_400_000 + ms).toISOString();
  const withConcessions = (customerCap: object, concessions: Array<{ at: string; cost: string }>) => ({
    policy: { customerCap },
    request: { customer: { id: 'c-1', concessions } },
  });

  it('gives an offer that brings the concessions exactly to the cap, and withholds one that goes over', () => {
    const setting = withConcessions({ windowDays: 30, maxCost: '100.00' }, [{ at: daysAgo(5), cost: '60.00' }]);
    const result = empowered([service('40.00'), service('40.01')], { ...setting, request: { ...setting.request, agent: { level: 'senior' } } });
    expect(result.given).toEqual({ 'service-40.00': null });
    expect(result.withheld).toEqual({ 'service-40.01': 'customer-cap' });
    expect(result.details).toEqual(["would bring the customer's concessions in 30 days to 100.01, above the cap of 100.00"]);
  });

  it('counts concessions: one more is allowed up to maxCount, none beyond', () => {
    const cap = { windowDays: 30, maxCount: 2 };
    expect(empowered([service('10.00')], withConcessions(cap, [{ at: daysAgo(1), cost: '1.00' }])).given).toEqual({ 'service-10.00': null });
    const full = empowered([service('10.00')], withConcessions(cap, [{ at: daysAgo(1), cost: '1.00' }, { at: daysAgo(2), cost: '1.00' }]));
    expect(full.withheld).toEqual({ 'service-10.00': 'customer-cap' });
    expect(full.details).toEqual(['the customer already had 2 concession(s) in 30 days; the cap is 2']);
  });

  it('does not count concessions outside the window: older than windowDays, or after the request', () => {
    const outside = [
      { at: daysAgo(30), cost: '90.00' },
      { at: daysAgo(400), cost: '90.00' },
      { at: daysAgo(-1), cost: '90.00' },
    ];
    const cap = { windowDays: 30, maxCost: '100.00', maxCount: 1 };
    expect(empowered([service('20.00')], withConcessions(cap, outside)).given).toEqual({ 'service-20.00': null });
    const justInside = withConcessions(cap, [{ at: daysAgo(30, 1), cost: '90.00' }]);
    expect(empowered([service('20.00')], justInside).withheld).toEqual({ 'service-20.00': 'customer-cap' });
  });

  it('does not count an offer that costs the client nothing as a concession', () => {
    const free = offer('exchange', { shippingCost: '0.00' }, 'even-exchange');
    const cap = { windowDays: 30, maxCost: '1.00', maxCount: 1 };
    const result = empowered([free, service('0.50')], withConcessions(cap, [{ at: daysAgo(1), cost: '1.00' }]));
    expect(result.given).toEqual({ 'even-exchange': null });
    expect(result.withheld).toEqual({ 'service-0.50': 'customer-cap' });
  });

  it('applies the cap to offers that need approval too', () => {
    const setting = withConcessions({ windowDays: 30, maxCost: '100.00' }, [{ at: daysAgo(1), cost: '80.00' }]);
    expect(empowered([service('50.00')], setting).withheld).toEqual({ 'service-50.00': 'customer-cap' });
  });
});

describe('empower: what it keeps', () => {
  it('keeps every priced field and the candidates\' order', () => {
    const result = empowered([[service('20.00'), { because: ['r1'], weight: 3, goodwill: true }], service('5.00')]);
    expect(result.candidates.map((c) => c.offer.id)).toEqual(['service-20.00', 'service-5.00']);
    expect(result.candidates[0]).toMatchObject({ because: ['r1'], weight: 3, goodwill: true, approval: null });
    expect(result.candidates[0]!.cost.toFixed(2)).toBe('20.00');
  });
});
