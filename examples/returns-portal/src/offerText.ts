import type { DecidedOffer } from 'savedesk';

/**
 * An amount for a shopper to read, e.g. "$180.00". The core computed it in
 * Decimal; it passes through a number here only to be displayed, which is
 * exact at a currency's two or three minor digits.
 */
export function formatAmount(amount: string, currency: string): string {
  return new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency }).format(Number(amount));
}

/** What the offer is worth to the shopper, in one line. */
export function offerValue(offer: DecidedOffer, currency: string): string {
  const value = formatAmount(offer.customerValue, currency);
  switch (offer.kind) {
    case 'discount':
    case 'keep_item':
      return `${value} back`;
    case 'store_credit':
      return `${value} bonus credit`;
    default:
      // An exchange or a service has no money value to the shopper; what matters is that it costs them nothing.
      return Number(offer.customerValue) === 0 ? 'No cost to you' : `Worth ${value}`;
  }
}

/**
 * The terms a shopper needs to know, in words. Only customer-facing terms are
 * read: what an offer costs the client (unit cost, shipping, cost difference,
 * redemption rate) is the client's business and never reaches the page.
 */
export function offerTerms(offer: DecidedOffer, currency: string): string[] {
  const { percent, maxAmount, validDays, minSpend, bonusPercent, refundPercent } = offer.terms;
  const terms: string[] = [];
  if (typeof percent === 'number') terms.push(`${percent}% of the price`);
  if (typeof maxAmount === 'string') terms.push(`up to ${formatAmount(maxAmount, currency)}`);
  if (typeof minSpend === 'string') terms.push(`on orders of ${formatAmount(minSpend, currency)} or more`);
  if (typeof validDays === 'number') terms.push(`valid ${validDays} days`);
  if (typeof bonusPercent === 'number') terms.push(`your refund as store credit, plus ${bonusPercent}%`);
  if (typeof refundPercent === 'number') terms.push(`keep the item and get ${refundPercent}% back`);
  return terms;
}
