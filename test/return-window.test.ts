import { describe, expect, it } from 'vitest';
import { createDesk, type ClientConfig } from '../src/index';
import { config, offerRule, request } from './support/builders';

/** Acme with a return window; the jacket was delivered 18 days (ordered 22 days) before the request. */
function withWindow(returnWindowDays: number, overrides: Partial<Record<keyof ClientConfig, unknown>> = {}): ClientConfig {
  const base = config(overrides);
  return { ...base, policy: { ...base.policy, returnWindowDays } } as ClientConfig;
}

const trace = { trace: true } as const;

describe('policy.returnWindowDays', () => {
  it('owes the refund up to and including the last day of the window, counted from delivery', async () => {
    const decision = await createDesk(withWindow(18)).decide(request(), trace);
    expect(decision.trace?.facts.insideReturnWindow).toBe(true);
    expect(decision.fallback).toEqual({ kind: 'return', refund: '200.00' });
    expect(decision.returnLoss).toBe('200.00');
    expect(decision.offers.map((offer) => offer.offerId)).toEqual(['disc-10']);
  });

  it('owes no refund the day after: the fallback says why, the return loses nothing, and a plain offer is withheld', async () => {
    const decision = await createDesk(withWindow(17)).decide(request(), trace);
    expect(decision.trace?.facts.insideReturnWindow).toBe(false);
    expect(decision.fallback).toEqual({ kind: 'none', detail: 'delivered 18 days ago; the return window is 17 days: no refund is owed' });
    expect(decision.returnLoss).toBe('0.00');
    expect(decision.returnValue).toBe('200.00');
    expect(decision.offers).toEqual([]);
    expect(decision.withheld).toEqual([
      { offerId: 'disc-10', why: 'not-cost-effective', detail: 'outside the return window no refund is owed: only an offer a rule marks goodwill is made' },
    ]);
  });

  it('still makes an offer a rule marks goodwill outside the window, ranked by what it costs', async () => {
    const decision = await createDesk(withWindow(10, { rules: [offerRule(['disc-10'], { goodwill: true })] })).decide(request());
    expect(decision.offers.map(({ offerId, cost, expectedSaving }) => ({ offerId, cost, expectedSaving }))).toEqual([
      { offerId: 'disc-10', cost: '20.00', expectedSaving: '-10.00' },
    ]);
    expect(decision.fallback.kind).toBe('none');
  });

  it('counts from the order when the item was not delivered', async () => {
    const order = { ...request().order, deliveredAt: undefined };
    const decision = await createDesk(withWindow(21)).decide(request({ order }));
    expect(decision.fallback).toEqual({ kind: 'none', detail: 'ordered 22 days ago; the return window is 21 days: no refund is owed' });
  });

  it('always owes the refund when the policy sets no window', async () => {
    const old = request({ receivedAt: '2036-11-23T10:00:00Z' });
    const decision = await createDesk(config()).decide(old, trace);
    expect(decision.trace?.facts.insideReturnWindow).toBe(true);
    expect(decision.fallback).toEqual({ kind: 'return', refund: '200.00' });
  });

  it('is a fact rules can read, e.g. goodwill for a valued customer after the window', async () => {
    const rules = [{
      name: 'late-goodwill',
      conditions: { all: [{ fact: 'insideReturnWindow', operator: 'equal', value: false }] },
      event: { type: 'offer', params: { offer: 'disc-10', goodwill: true } },
    }];
    const desk = createDesk(withWindow(17, { rules }));
    expect((await desk.decide(request())).offers.map((offer) => offer.offerId)).toEqual(['disc-10']);
    expect((await createDesk(withWindow(18, { rules })).decide(request())).offers).toEqual([]);
  });

  it('refuses a window that is not a whole number of days from 1', () => {
    expect(() => createDesk(withWindow(0))).toThrow(/policy\.returnWindowDays/);
    expect(() => createDesk(withWindow(1.5))).toThrow(/policy\.returnWindowDays/);
  });
});
