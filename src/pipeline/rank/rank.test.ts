import { describe, expect, it } from 'vitest';
import { Money } from '../../money/money';
import type { Offer } from '../../schema/offer';
import type { EmpoweredCandidate } from '../empowerment/empower';
import { stageInput } from '../../../test/support/stages';
import { rank } from './rank';

const policy = stageInput().config.policy;
const candidate = (id: string, kind: Offer['kind'], cost: string, acceptRate?: number, weight = 1): EmpoweredCandidate => ({
  offer: { id, kind, label: id, ...(acceptRate === undefined ? {} : { acceptRate }) } as Offer,
  because: [],
  weight,
  goodwill: false,
  requiredLevel: -1,
  cost: new Money(cost),
  customerValue: new Money(cost),
  approval: null,
});
const ids = (result: ReturnType<typeof rank>) => result.offers.map((o) => `${o.offer.id}=${o.expectedSaving.toFixed(2)}`);

describe('rank', () => {
  const loss = new Money('100');

  it('ranks by acceptRate × (returnLoss − cost) × weight, using the policy default accept rate', () => {
    const result = rank([candidate('a', 'discount', '10', 0.2), candidate('b', 'service', '30'), candidate('c', 'coupon', '50', 0.5, 3)], loss, policy, 2);
    expect(ids(result)).toEqual(['c=75.00', 'b=35.00', 'a=18.00']);
  });

  it('gives goodwill offers that cost more than the return a negative saving, ranked last', () => {
    const result = rank([candidate('goodwill', 'upgrade', '150', 1), candidate('cheap', 'service', '90', 0.1)], loss, policy, 2);
    expect(ids(result)).toEqual(['cheap=1.00', 'goodwill=-50.00']);
  });

  it('keeps one offer per kind and at most maxOffers', () => {
    const all = [candidate('d1', 'discount', '1'), candidate('d2', 'discount', '2'), candidate('s', 'service', '3'), candidate('x', 'exchange', '4'), candidate('k', 'keep_item', '5')];
    const result = rank(all, loss, policy, 2);
    expect(ids(result)).toEqual(['d1=49.50', 's=48.50', 'x=48.00']);
    expect(result.withheld).toEqual([
      { offerId: 'd2', why: 'not-selected', detail: 'd1 ranked higher, and only one discount offer is made' },
      { offerId: 'k', why: 'not-selected', detail: 'ranked below the 3 offer(s) policy.maxOffers allows' },
    ]);
    const anyKinds = rank(all, loss, { ...policy, distinctKinds: false, maxOffers: 5 }, 2);
    expect(anyKinds.offers.map((o) => o.offer.id)).toEqual(['d1', 'd2', 's', 'x', 'k']);
  });

  it('rounds expected savings to the currency before comparing, then breaks ties by cost and id', () => {
    // 0.333 × 90 = 29.97; 0.3 × 99.9 = 29.97: equal once rounded, so the cheaper one (b) wins.
    const result = rank([candidate('a', 'discount', '10', 0.333), candidate('b', 'service', '0.1', 0.3), candidate('c', 'coupon', '0.1', 0.3)], loss, policy, 2);
    expect(ids(result)).toEqual(['b=29.97', 'c=29.97', 'a=29.97']);
  });
});
