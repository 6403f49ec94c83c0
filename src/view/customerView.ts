import { money, formatMoney } from '../money/money';
import { minorDigits } from '../money/currency';
import { CustomerTermsSchema, type CustomerOffer, type CustomerTerms, type CustomerView } from '../schema/customerView';
import type { DecidedOffer, Decision } from '../schema/decision';

/** The terms a view may carry; everything else in an offer's terms stays behind. */
const customerTermNames = new Set<string>(CustomerTermsSchema.keyof().options);

/**
 * What a shopper may see of a decision: the offers they may take on their own,
 * each with its label, customer-facing terms, value and total, and the
 * fallback (the refund owed, or why none is). Pure and browser-safe.
 *
 * Left out, because they are the merchant's business: every cost, the
 * expected saving, the withheld list, the agent's guidance and follow-ups,
 * flags, approvals and the names of the rules. An offer that needs an
 * approval is left out too: a shopper cannot take it alone.
 *
 * Honest ranking: `rank` orders the offers by value to the shopper (the
 * decision's `customerValue`, what they gain over the plain return), most
 * first, ties in the merchant's order; never by the merchant's expected
 * saving. `total` is what the shopper receives in all: store credit is the
 * refund plus the bonus (€89.95 + €9.00 = €98.95), a partial refund is the
 * refund kept.
 * @example
 * ```ts
 * const decision = await desk.decide(portalRequest);
 * reply.send(customerView(decision)); // never the decision itself
 * ```
 */
export function customerView(decision: Decision): CustomerView {
  const digits = minorDigits(decision.currency);
  const offers = decision.offers
    .filter((offer) => offer.approval === null)
    .map((offer) => ({ offer, value: money(offer.customerValue) }))
    .sort((a, b) => b.value.comparedTo(a.value) || a.offer.rank - b.offer.rank)
    .map(({ offer }, i): CustomerOffer => ({
      rank: i + 1,
      offerId: offer.offerId,
      kind: offer.kind,
      label: offer.label,
      value: offer.customerValue,
      total: offer.kind === 'store_credit' ? formatMoney(money(decision.returnValue).plus(money(offer.customerValue)), digits) : offer.customerValue,
      terms: customerTerms(offer),
    }));
  return { requestId: decision.requestId, currency: decision.currency, offers, fallback: { ...decision.fallback } };
}

function customerTerms(offer: DecidedOffer): CustomerTerms {
  const source: Readonly<Record<string, unknown>> = offer.terms;
  const terms: Record<string, unknown> = {};
  for (const key in source) if (customerTermNames.has(key)) terms[key] = source[key];
  return terms as CustomerTerms;
}
