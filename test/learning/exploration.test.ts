import { describe, expect, it } from 'vitest';
import { createDesk, learnAcceptance, type ClientConfig } from '../../src/index';
import { config, offerRule, request } from '../support/builders';
import { accepted, declined, outcome } from '../support/outcomes';

// Two offers with the same margin on the $200 return (each costs 20): only their acceptance tells them apart.
const twoOffers = (explore: boolean): ClientConfig =>
  config({
    catalog: [
      { id: 'disc-10', kind: 'discount', label: '10% off', percent: 10, acceptRate: 0.5 },
      { id: 'credit', kind: 'store_credit', label: 'Credit', bonusPercent: 10, acceptRate: 0.4 },
    ],
    rules: [offerRule(['disc-10', 'credit'])],
    policy: { levels: [{ id: 'agent', maxCost: '100.00' }], ...(explore ? { explore: { method: 'thompson' } } : {}) },
  });
const requests = Array.from({ length: 400 }, (_, i) => request({ id: `r-${i}` }));

describe('exploration (policy.explore: thompson)', () => {
  it('puts each offer first about as often as its propensity says, and the better prior more often', async () => {
    const desk = createDesk(twoOffers(true));
    const decisions = await Promise.all(requests.map((r) => desk.decide(r)));
    const firstIsDiscount = decisions.filter((d) => d.offers[0]!.offerId === 'disc-10').length / decisions.length;
    const meanPropensity = decisions.reduce((sum, d) => sum + d.offers.find((o) => o.offerId === 'disc-10')!.propensity!, 0) / decisions.length;
    expect(firstIsDiscount).toBeGreaterThan(0.5);
    expect(firstIsDiscount).toBeLessThan(0.9);
    expect(Math.abs(firstIsDiscount - meanPropensity)).toBeLessThan(0.06);
    for (const d of decisions) expect(d.offers.reduce((sum, o) => sum + o.propensity!, 0)).toBeCloseTo(1, 10);
  });

  it('stops exploring what the outcomes have settled: with much evidence the better offer is first almost always', async () => {
    const history = [
      ...Array.from({ length: 400 }, (_, i) => outcome(['credit'], i % 10 < 7 ? accepted('credit') : declined)),
      ...Array.from({ length: 400 }, (_, i) => outcome(['disc-10'], i % 10 < 3 ? accepted('disc-10') : declined)),
    ];
    const model = learnAcceptance(history, twoOffers(true));
    const desk = createDesk(twoOffers(true), { acceptance: model });
    const decisions = await Promise.all(requests.map((r) => desk.decide(r)));
    expect(decisions.filter((d) => d.offers[0]!.offerId === 'credit').length).toBeGreaterThanOrEqual(398);
    expect(decisions.every((d) => d.offers[0]!.propensity! > 0.99)).toBe(true);
  });

  it('is seeded by client, request, offer and model: the same request gives the same order, and exploration changes nothing but the order', async () => {
    const desk = createDesk(twoOffers(true));
    const plain = await createDesk(twoOffers(false)).decide(requests[0]!);
    for (const r of requests.slice(0, 20)) {
      const decision = await desk.decide(r);
      expect(JSON.stringify(await createDesk(twoOffers(true)).decide(r))).toBe(JSON.stringify(decision));
      const strip = (offers: typeof decision.offers) => offers.map(({ rank: _rank, propensity: _propensity, ...rest }) => rest).sort((a, b) => a.offerId.localeCompare(b.offerId));
      expect(strip(decision.offers)).toEqual(strip(plain.offers));
    }
    const orders = new Set(await Promise.all(requests.slice(0, 40).map(async (r) => (await desk.decide(r)).offers[0]!.offerId)));
    expect(orders).toEqual(new Set(['disc-10', 'credit']));
  });

  it('shows no propensity when exploration is off', async () => {
    const decision = await createDesk(twoOffers(false)).decide(requests[0]!);
    expect(decision.offers.map((o) => o.propensity)).toEqual([undefined, undefined]);
    expect(Object.keys(decision.offers[0]!)).not.toContain('propensity');
  });
});
