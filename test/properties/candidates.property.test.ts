import { describe, expect, it } from 'vitest';
import { forEveryDecision } from '../support/arbitraries';
import { offeredAsGoodwill, OracleDecimal, proposedOffers, returnLossOf } from '../support/oracle';

describe('property: every candidate is accounted for', () => {
  it('offers or withholds, exactly once, every offer a fired rule proposed, and nothing else', async () => {
    await forEveryDecision((s, decision) => {
      const accounted = [...decision.offers.map((o) => o.offerId), ...decision.withheld.map((w) => w.offerId)];
      expect(accounted.sort()).toEqual([...proposedOffers(s.config, decision)].sort());
    });
  });

  it('offers only what costs less than the return would lose, unless a rule offered it as goodwill', async () => {
    await forEveryDecision((s, decision) => {
      const loss = returnLossOf(s.config, s.request, s.digits);
      for (const offer of decision.offers) {
        if (!offeredAsGoodwill(s.config, decision, offer.offerId)) expect(new OracleDecimal(offer.cost).lt(loss)).toBe(true);
      }
    });
  });
});
