import type { Arithmetic } from '../../money/arithmetic';
import type { OfferAmounts } from '../../prepared/PreparedMoney';
import type { PreparedMoney } from '../../prepared/PreparedMoney';
import type { PreparedOffer } from '../../prepared/PreparedOffer';
import { quantityOf, returnedLine, unitCostOf, unitPriceOf, type ReturnContext } from '../facts/ReturnContext';

/** An offer's cost to the client and value to the customer, rounded to the currency. */
export interface OfferPrice<A> {
  readonly cost: A;
  readonly customerValue: A;
}

/**
 * Prices one offer for this return, per DESIGN.md's offer-kind table. Amounts
 * come from the returned lines, or the whole order with `appliesTo: "order"`.
 * Each amount is rounded half-up to the currency once, where it is computed;
 * the coupon's cost is then its rounded face value times the redemption rate.
 */
export function priceOffer<A>(prepared: PreparedOffer, context: ReturnContext<A>, money: PreparedMoney<A>): OfferPrice<A> {
  const { m } = money;
  const amounts = money.amountsOf(prepared);
  const base = prepared.appliesToOrder ? context.orderTotal : context.returnValue;
  switch (prepared.kind) {
    case 'discount': {
      const discount = percentOrAmount(prepared, amounts, base, m);
      return same(m.compare(discount, base) <= 0 ? discount : base);
    }
    case 'coupon': {
      const face = percentOrAmount(prepared, amounts, base, m);
      return { cost: m.scale(face, prepared.redemptionRate!), customerValue: face };
    }
    case 'free_product':
      return { cost: m.times(amounts.unitCost!, prepared.quantity), customerValue: m.times(amounts.retailValue!, prepared.quantity) };
    case 'replacement': {
      const lines = prepared.appliesToOrder ? context.request.order.items.map((item) => returnedLine(item, item.quantity)) : context.lines;
      // Unit amounts may carry sub-penny digits: `lineTotal` rounds where the amount is computed.
      return {
        cost: m.plus(m.lineTotal(lines, unitCostOf, quantityOf), amounts.shippingCost!),
        customerValue: m.lineTotal(lines, unitPriceOf, quantityOf),
      };
    }
    case 'exchange':
      return { cost: amounts.shippingCost!, customerValue: m.zero };
    case 'store_credit':
    case 'keep_item':
      return same(m.scale(base, prepared.percent!));
    case 'upgrade':
      return { cost: amounts.costDifference!, customerValue: amounts.priceDifference! };
    case 'service':
      return { cost: amounts.unitCost!, customerValue: m.zero };
    case 'upsell':
    case 'continuity':
      return { cost: m.zero, customerValue: m.zero };
  }
}

/** An offer that costs the client what it is worth to the customer. */
function same<A>(amount: A): OfferPrice<A> {
  return { cost: amount, customerValue: amount };
}

/** A discount's or coupon's face: its percent of the base (capped by maxAmount), or its fixed amount. */
function percentOrAmount<A>(prepared: PreparedOffer, amounts: OfferAmounts<A>, base: A, m: Arithmetic<A>): A {
  if (prepared.percent === undefined) return amounts.amount!;
  const amount = m.scale(base, prepared.percent);
  return amounts.maxAmount !== undefined && m.compare(amounts.maxAmount, amount) < 0 ? amounts.maxAmount : amount;
}
