import type { CustomerOffer, Fallback } from 'savedesk';
import { formatAmount } from './money';

/**
 * What the shopper gets, in one line, totals first: store credit is the whole
 * credit (the refund plus the bonus), a partial refund is the money kept.
 */
export function offerValue(offer: CustomerOffer, currency: string): string {
  const total = formatAmount(offer.total, currency);
  switch (offer.kind) {
    case 'store_credit':
      return `${total} in store credit`;
    case 'keep_item':
    case 'discount':
      return `${total} back, and you keep it`;
    case 'coupon':
      return `${total} off your next order`;
    case 'exchange':
    case 'replacement':
    case 'service':
      return 'Free of charge';
    default:
      return Number(offer.value) === 0 ? 'Free of charge' : `Worth ${formatAmount(offer.value, currency)}, free`;
  }
}

/** How the total is made up, when it is more than one amount: "Your €89.95 refund plus a €9.00 bonus". */
export function offerBreakdown(offer: CustomerOffer, currency: string, fallback: Fallback): string | undefined {
  if (offer.kind !== 'store_credit') return undefined;
  const bonus = formatAmount(offer.value, currency);
  return fallback.kind === 'return'
    ? `Your ${formatAmount(fallback.refund, currency)} refund plus a ${bonus} bonus, to spend on anything`
    : `Including a ${bonus} bonus, to spend on anything`;
}

/** The conditions a shopper must know, in words (the amounts are in the value line). */
export function offerConditions(offer: CustomerOffer, currency: string): string[] {
  const { maxAmount, validDays, minSpend } = offer.terms;
  return [
    ...(maxAmount === undefined ? [] : [`up to ${formatAmount(maxAmount, currency)}`]),
    ...(minSpend === undefined ? [] : [`on orders of ${formatAmount(minSpend, currency)} or more`]),
    ...(validDays === undefined ? [] : [`valid ${validDays} days`]),
  ];
}
