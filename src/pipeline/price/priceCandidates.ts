import { messages } from '../../errors/messages';
import type { PreparedMoney } from '../../prepared/PreparedMoney';
import type { Withheld } from '../../schema/decision';
import type { Candidate } from '../candidates/Candidate';
import type { ReturnContext } from '../facts/ReturnContext';
import { priceOffer } from './priceOffer';

/**
 * Stage 6: prices every candidate and withholds, as `not-cost-effective`, any
 * whose cost is not below what the plain return would lose — unless a rule
 * offered it as goodwill ("when we made the mistake, go further"). Outside
 * the return window the loss is 0, so every offer is withheld unless it is goodwill.
 */
export function priceCandidates<A>(
  candidates: readonly Candidate<A>[],
  context: ReturnContext<A>,
  loss: A,
  money: PreparedMoney<A>,
  /** The decision's withheld offers so far, in stage order: this stage adds its own (default: a list of its own). */
  withheld: Withheld[] = [],
): { candidates: Candidate<A>[]; withheld: Withheld[] } {
  const { m } = money;
  const kept: Candidate<A>[] = [];
  for (const candidate of candidates) {
    const price = priceOffer(candidate.prepared, context, money);
    candidate.cost = price.cost;
    candidate.customerValue = price.customerValue;
    if (m.compare(price.cost, loss) >= 0 && !candidate.goodwill) {
      withheld.push({
        offerId: candidate.prepared.id,
        why: 'not-cost-effective',
        detail: context.returnWindow.inside ? messages.notCheaperThanReturn(m.format(price.cost), m.format(loss)) : messages.outsideWindowNotGoodwill,
      });
    } else kept.push(candidate);
  }
  return { candidates: kept, withheld };
}
