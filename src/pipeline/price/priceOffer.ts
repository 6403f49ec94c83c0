import { Money, money, percentage, ratio, round, sum } from '../../money/money';
import type { Offer } from '../../schema/offer';
import type { ReturnContext } from '../facts/ReturnContext';

/** An offer's cost to the client and value to the customer, rounded to the currency. */
export interface OfferPrice {
  readonly cost: Money;
  readonly customerValue: Money;
}

const ZERO = new Money(0);

/**
 * Prices one offer for this return, per DESIGN.md's offer-kind table. Amounts
 * come from the returned lines, or the whole order with `appliesTo: "order"`.
 * Each amount is rounded half-up to the currency once, where it is computed;
 * the coupon's cost is then its rounded face value times the redemption rate.
 */
export function priceOffer(offer: Offer, context: ReturnContext): OfferPrice {
  const digits = context.digits;
  const base = offer.appliesTo === 'order' ? context.orderTotal : context.returnValue;
  const percentOf = (percent: number) => round(base.times(percentage(percent)), digits);
  const same = (amount: Money): OfferPrice => ({ cost: amount, customerValue: amount });

  switch (offer.kind) {
    case 'discount': {
      const discount = offer.percent !== undefined ? capped(percentOf(offer.percent), offer.maxAmount) : money(offer.amount!);
      return same(Money.min(discount, base));
    }
    case 'coupon': {
      const face = offer.percent !== undefined ? capped(percentOf(offer.percent), offer.maxAmount) : money(offer.amount!);
      return { cost: round(face.times(ratio(offer.redemptionRate)), digits), customerValue: face };
    }
    case 'free_product':
      return {
        cost: money(offer.unitCost).times(offer.quantity),
        customerValue: money(offer.retailValue).times(offer.quantity),
      };
    case 'replacement': {
      const items = offer.appliesTo === 'order'
        ? context.request.order.items.map((item) => ({ item, quantity: item.quantity }))
        : context.lines;
      // Unit amounts may carry sub-penny digits: round where the amount is computed.
      return {
        cost: round(sum(items.map(({ item, quantity }) => money(item.unitCost ?? item.unitPrice).times(quantity))), digits).plus(money(offer.shippingCost)),
        customerValue: round(sum(items.map(({ item, quantity }) => money(item.unitPrice).times(quantity))), digits),
      };
    }
    case 'exchange':
      return { cost: money(offer.shippingCost), customerValue: ZERO };
    case 'store_credit':
      return same(percentOf(offer.bonusPercent));
    case 'keep_item':
      return same(percentOf(offer.refundPercent));
    case 'upgrade':
      return { cost: money(offer.costDifference), customerValue: money(offer.priceDifference) };
    case 'service':
      return { cost: money(offer.unitCost), customerValue: ZERO };
    case 'upsell':
    case 'continuity':
      return { cost: ZERO, customerValue: ZERO };
  }
}

function capped(amount: Money, maxAmount: string | undefined): Money {
  return maxAmount === undefined ? amount : Money.min(amount, money(maxAmount));
}
