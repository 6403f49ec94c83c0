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
  const money = (amount: string) => formatAmount(amount, currency);
  switch (offer.kind) {
    case 'discount':
    case 'coupon': {
      const { percent, maxAmount } = offer.terms;
      return [
        ...(percent === undefined ? [] : [`${percent}% of the price`]),
        ...(maxAmount === undefined ? [] : [`up to ${money(maxAmount)}`]),
        ...(offer.kind === 'coupon' && offer.terms.minSpend !== undefined ? [`on orders of ${money(offer.terms.minSpend)} or more`] : []),
        ...(offer.kind === 'coupon' ? [`valid ${offer.terms.validDays} days`] : []),
      ];
    }
    case 'store_credit':
      return [`your refund as store credit, plus ${offer.terms.bonusPercent}%`];
    case 'keep_item':
      return [`keep the item and get ${offer.terms.refundPercent}% back`];
    default:
      return [];
  }
}
