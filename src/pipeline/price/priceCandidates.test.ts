import { describe, expect, it } from 'vitest';
import { money } from '../../money/money';
import { candidate, offer, shown, stageInput } from '../../../test/support/stages';
import { priceCandidates } from './priceCandidates';

// The default request returns $200.00; the loss is passed in, so each case states it.
const { context, money: prepared } = stageInput();
const service = (unitCost: string) => offer('service', { unitCost }, `service-${unitCost}`);

describe('priceCandidates: cost-effectiveness against the return\'s loss', () => {
  it('keeps a candidate that costs less than the return would lose, priced and with what the rules said', () => {
    const { candidates, withheld } = priceCandidates([candidate(service('39.99'), { because: ['a', 'b'], weight: 2 })], context, money('40.00'), prepared);
    expect(withheld).toEqual([]);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ because: ['a', 'b'], weight: 2, goodwill: false });
    expect(shown(candidates[0]!.cost, context)).toBe('39.99');
    expect(shown(candidates[0]!.customerValue, context)).toBe('0.00');
  });

  it('withholds as not-cost-effective a candidate that costs as much as the return, or more', () => {
    const { candidates, withheld } = priceCandidates([candidate(service('40.00')), candidate(service('55.00'))], context, money('40.00'), prepared);
    expect(candidates).toEqual([]);
    expect(withheld).toEqual([
      { offerId: 'service-40.00', why: 'not-cost-effective', detail: "costs 40.00, not less than the return's loss of 40.00" },
      { offerId: 'service-55.00', why: 'not-cost-effective', detail: "costs 55.00, not less than the return's loss of 40.00" },
    ]);
  });

  it('keeps a goodwill candidate even when it costs more than the return', () => {
    const { candidates, withheld } = priceCandidates([candidate(service('55.00'), { goodwill: true })], context, money('40.00'), prepared);
    expect(withheld).toEqual([]);
    expect(candidates.map((c) => c.offer.id)).toEqual(['service-55.00']);
  });

  it('keeps the candidates\' order', () => {
    const ids = ['9.00', '1.00', '5.00'].map(service);
    const { candidates } = priceCandidates(ids.map((o) => candidate(o)), context, money('40.00'), prepared);
    expect(candidates.map((c) => c.offer.id)).toEqual(['service-9.00', 'service-1.00', 'service-5.00']);
  });
});
