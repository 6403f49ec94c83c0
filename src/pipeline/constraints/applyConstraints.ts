import { endOf } from '../../dates';
import { money } from '../../money/money';
import type { Withheld, WithheldWhy } from '../../schema/decision';
import { salesKinds, type Offer } from '../../schema/offer';
import type { Policy } from '../../schema/policy';
import type { Candidate } from '../candidates/Candidate';
import type { ReturnContext } from '../facts/ReturnContext';
import { timesGiven } from '../empowerment/customerCap';

/**
 * Stage 5: "don't oversell". Withholds candidates the catalog says this return
 * does not call for — wrong reason or category, return value out of range,
 * outside the offer's dates, given to this customer too often — plus sales
 * kinds the policy does not allow and offers out of stock. Each withheld offer
 * names every constraint it failed.
 */
export function applyConstraints(
  candidates: readonly Candidate[],
  context: ReturnContext,
  policy: Policy,
): { candidates: Candidate[]; withheld: Withheld[] } {
  const kept: Candidate[] = [];
  const withheld: Withheld[] = [];
  for (const candidate of candidates) {
    const failure = firstFailure(candidate.offer, context, policy);
    if (failure) withheld.push({ offerId: candidate.offer.id, ...failure });
    else kept.push(candidate);
  }
  return { candidates: kept, withheld };
}

function firstFailure(offer: Offer, context: ReturnContext, policy: Policy): { why: WithheldWhy; detail: string } | null {
  if (salesKinds.includes(offer.kind) && !policy.allowSalesOffers) {
    return { why: 'sales-suppressed', detail: `${offer.kind} offers are not made on return contacts (policy.allowSalesOffers is off)` };
  }
  const failed = catalogConstraints(offer, context);
  if (failed.length > 0) return { why: 'constraint', detail: failed.join('; ') };
  if (offer.stock === 0) return { why: 'out-of-stock', detail: 'stock is 0' };
  return null;
}

function catalogConstraints(offer: Offer, context: ReturnContext): string[] {
  const { request, lines, returnValue, now } = context;
  const failed: string[] = [];
  if (offer.reasons && !offer.reasons.includes(request.reason.code)) {
    failed.push(`reason "${request.reason.code}" is not one of ${offer.reasons.join(', ')}`);
  }
  if (offer.categories && !lines.some((line) => line.item.category !== undefined && offer.categories!.includes(line.item.category))) {
    failed.push(`no returned item is in ${offer.categories.join(', ')}`);
  }
  if (offer.minReturnValue !== undefined && returnValue.lt(money(offer.minReturnValue))) {
    failed.push(`return value is below minReturnValue ${offer.minReturnValue}`);
  }
  if (offer.maxReturnValue !== undefined && returnValue.gt(money(offer.maxReturnValue))) {
    failed.push(`return value is above maxReturnValue ${offer.maxReturnValue}`);
  }
  if (offer.validFrom !== undefined && now < Date.parse(offer.validFrom)) failed.push(`not valid before ${offer.validFrom}`);
  if (offer.validTo !== undefined && now > endOf(offer.validTo)) failed.push(`not valid after ${offer.validTo}`);
  if (offer.maxPerCustomer !== undefined) {
    const given = timesGiven(request.customer.concessions ?? [], offer.id);
    if (given >= offer.maxPerCustomer) failed.push(`customer already had it ${given} time(s), maxPerCustomer is ${offer.maxPerCustomer}`);
  }
  return failed;
}
