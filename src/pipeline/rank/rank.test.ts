import { describe, expect, it } from 'vitest';
import type { Arithmetic } from '../../money/arithmetic';
import { decimalArithmetic } from '../../money/decimalArithmetic';
import { minorUnits } from '../../money/minorUnits';
import { prepareOffer } from '../../prepared/PreparedOffer';
import type { Offer } from '../../schema/offer';
import { newCandidate } from '../candidates/Candidate';
import { stageInput } from '../../../test/support/stages';
import { rank as rankIn } from './rank';

const policy = stageInput().config.policy;

// The same cases in both arithmetics: exact minor units, and decimal.js, the reference.
describe.each<[string, Arithmetic<unknown>]>([
  ['minor units', minorUnits(2)],
  ['decimal.js', decimalArithmetic(2)],
])('rank (%s)', (_, m) => {
  // Ranking reads the kind, id and prior; the kinds' own terms are there only to make the offers whole.
  const terms = { redemptionRate: 0.5, validDays: 30, refundPercent: 10, bonusPercent: 10 };
  const candidate = (id: string, kind: Offer['kind'], cost: string, acceptRate?: number, weight = 1) =>
    Object.assign(newCandidate(prepareOffer({ id, kind, label: id, ...terms, ...(acceptRate === undefined ? {} : { acceptRate }) } as Offer), m.zero), {
      weight,
      cost: m.amount(cost),
      customerValue: m.amount(cost),
    });
  const rank = (candidates: ReturnType<typeof candidate>[], loss: unknown, p: typeof policy) => rankIn(candidates, loss, p, m);
  const ids = (result: ReturnType<typeof rank>) => result.offers.map((o) => `${o.offer.id}=${m.format(o.expectedSaving)}`);
  const loss = m.amount('100');

  it('ranks by acceptRate × (returnLoss − cost) × weight, using the policy default accept rate', () => {
    const result = rank([candidate('a', 'discount', '10', 0.2), candidate('b', 'service', '30'), candidate('c', 'coupon', '50', 0.5, 3)], loss, policy);
    expect(ids(result)).toEqual(['c=75.00', 'b=35.00', 'a=18.00']);
  });

  it('gives goodwill offers that cost more than the return a negative saving, ranked last', () => {
    const result = rank([candidate('goodwill', 'upgrade', '150', 1), candidate('cheap', 'service', '90', 0.1)], loss, policy);
    expect(ids(result)).toEqual(['cheap=1.00', 'goodwill=-50.00']);
  });

  it('keeps one offer per kind and at most maxOffers', () => {
    const all = [candidate('d1', 'discount', '1'), candidate('d2', 'discount', '2'), candidate('s', 'service', '3'), candidate('x', 'exchange', '4'), candidate('k', 'keep_item', '5')];
    const result = rank(all, loss, policy);
    expect(ids(result)).toEqual(['d1=49.50', 's=48.50', 'x=48.00']);
    expect(result.withheld).toEqual([
      { offerId: 'd2', why: 'not-selected', detail: 'd1 ranked higher, and only one discount offer is made' },
      { offerId: 'k', why: 'not-selected', detail: 'ranked below the 3 offer(s) policy.maxOffers allows' },
    ]);
    const anyKinds = rank(all, loss, { ...policy, distinctKinds: false, maxOffers: 5 });
    expect(anyKinds.offers.map((o) => o.offer.id)).toEqual(['d1', 'd2', 's', 'x', 'k']);
  });

  it('rounds expected savings to the currency before comparing, then breaks ties by cost and id', () => {
    // 0.333 × 90 = 29.97; 0.3 × 99.9 = 29.97: equal once rounded, so the cheaper one (b) wins.
    const result = rank([candidate('a', 'discount', '10', 0.333), candidate('b', 'service', '0.1', 0.3), candidate('c', 'coupon', '0.1', 0.3)], loss, policy);
    expect(ids(result)).toEqual(['b=29.97', 'c=29.97', 'a=29.97']);
  });
});
