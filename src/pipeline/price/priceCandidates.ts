import { formatMoney, type Money } from '../../money/money';
import type { Withheld } from '../../schema/decision';
import type { Candidate } from '../candidates/Candidate';
import type { ReturnContext } from '../facts/ReturnContext';
import { priceOffer, type OfferPrice } from './priceOffer';
import { extend } from '../../util/extend';
import { messages } from '../../errors/messages';

/** A candidate with its price. */
export type PricedCandidate = Candidate & OfferPrice;

/**
 * Stage 6: prices every candidate in Decimal and withholds, as
 * `not-cost-effective`, any whose cost is not below what the plain return
 * would lose — unless a rule offered it as goodwill ("when we made the
 * mistake, go further"). Outside the return window the loss is 0, so every
 * offer is withheld unless it is goodwill.
 */
export function priceCandidates(
  candidates: readonly Candidate[],
  context: ReturnContext,
  loss: Money,
): { candidates: PricedCandidate[]; withheld: Withheld[] } {
  const kept: PricedCandidate[] = [];
  const withheld: Withheld[] = [];
  for (const candidate of candidates) {
    const priced = extend(candidate, priceOffer(candidate.offer, context));
    if (priced.cost.gte(loss) && !priced.goodwill) {
      withheld.push({
        offerId: candidate.offer.id,
        why: 'not-cost-effective',
        detail: context.returnWindow.inside
          ? messages.notCheaperThanReturn(formatMoney(priced.cost, context.digits), formatMoney(loss, context.digits))
          : messages.outsideWindowNotGoodwill,
      });
    } else kept.push(priced);
  }
  return { candidates: kept, withheld };
}
