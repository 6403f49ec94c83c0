import type { PreparedMoney } from '../../prepared/PreparedMoney';
import type { Withheld, WithheldWhy } from '../../schema/decision';
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
export function applyConstraints<A>(
  candidates: readonly Candidate<A>[],
  context: ReturnContext<A>,
  policy: Policy,
  money: PreparedMoney<A>,
  /** The decision's withheld offers so far, in stage order: this stage adds its own (default: a list of its own). */
  withheld: Withheld[] = [],
): { candidates: Candidate<A>[]; withheld: Withheld[] } {
  const kept: Candidate<A>[] = [];
  for (const candidate of candidates) {
    const failure = firstFailure(candidate, context, policy, money);
    if (failure) withheld.push({ offerId: candidate.prepared.id, why: failure.why, detail: failure.detail });
    else kept.push(candidate);
  }
  return { candidates: kept, withheld };
}

function firstFailure<A>(candidate: Candidate<A>, context: ReturnContext<A>, policy: Policy, money: PreparedMoney<A>): { why: WithheldWhy; detail: string } | null {
  const { prepared } = candidate;
  if (prepared.sales && !policy.allowSalesOffers) {
    return { why: 'sales-suppressed', detail: `${prepared.kind} offers are not made on return contacts (policy.allowSalesOffers is off)` };
  }
  const failed = catalogConstraints(candidate, context, money);
  if (failed !== null) return { why: 'constraint', detail: failed.join('; ') };
  if (prepared.stock === 0) return { why: 'out-of-stock', detail: 'stock is 0' };
  return null;
}

/** Every catalog constraint the offer fails for this return, or null when it fails none. */
function catalogConstraints<A>(candidate: Candidate<A>, context: ReturnContext<A>, money: PreparedMoney<A>): string[] | null {
  const { offer, prepared } = candidate;
  const { request, returnValue, now } = context;
  const { m } = money;
  if (!prepared.constrained) return null;
  const amounts = money.amountsOf(prepared);
  let failed: string[] | null = null;
  if (prepared.reasons && !prepared.reasons.includes(request.reason.code)) {
    (failed ??= []).push(`reason "${request.reason.code}" is not one of ${prepared.reasons.join(', ')}`);
  }
  if (prepared.categories && !returnsCategory(context, prepared.categories)) {
    (failed ??= []).push(`no returned item is in ${prepared.categories.join(', ')}`);
  }
  if (amounts.minReturnValue !== undefined && m.compare(returnValue, amounts.minReturnValue) < 0) {
    (failed ??= []).push(`return value is below minReturnValue ${offer.minReturnValue}`);
  }
  if (amounts.maxReturnValue !== undefined && m.compare(returnValue, amounts.maxReturnValue) > 0) {
    (failed ??= []).push(`return value is above maxReturnValue ${offer.maxReturnValue}`);
  }
  if (now < prepared.validFrom) (failed ??= []).push(`not valid before ${offer.validFrom}`);
  if (now > prepared.validTo) (failed ??= []).push(`not valid after ${offer.validTo}`);
  if (prepared.maxPerCustomer !== undefined) {
    const given = timesGiven(request.customer.concessions ?? [], prepared.id);
    if (given >= prepared.maxPerCustomer) (failed ??= []).push(`customer already had it ${given} time(s), maxPerCustomer is ${prepared.maxPerCustomer}`);
  }
  return failed;
}

/** Whether a returned item is in one of `categories`. */
function returnsCategory(context: ReturnContext<unknown>, categories: readonly string[]): boolean {
  for (const line of context.lines) if (line.category !== undefined && categories.includes(line.category)) return true;
  return false;
}
