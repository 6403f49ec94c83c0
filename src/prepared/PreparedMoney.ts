import type { Arithmetic } from '../money/arithmetic';
import { percentOf, ratioOf, type Ratio } from '../money/ratio';
import type { Offer } from '../schema/offer';
import type { PreparedOffer } from './PreparedOffer';
import type { Policy } from '../schema/policy';

/** The amounts an offer's terms and constraints name, parsed. */
export interface OfferAmounts<A> {
  /** A discount's or coupon's fixed `amount`. */
  readonly amount: A | undefined;
  readonly maxAmount: A | undefined;
  /** A free product's or service's `unitCost`. */
  readonly unitCost: A | undefined;
  readonly retailValue: A | undefined;
  readonly shippingCost: A | undefined;
  readonly costDifference: A | undefined;
  readonly priceDifference: A | undefined;
  readonly minReturnValue: A | undefined;
  readonly maxReturnValue: A | undefined;
}

/** One level of the escalation chain with its limit parsed. */
export interface PreparedLevel<A> {
  readonly id: string;
  readonly maxCost: A;
  readonly maxPercentOfReturn: Ratio | undefined;
  readonly kinds: readonly string[] | undefined;
}

/**
 * A client's amounts in one arithmetic, parsed once: each offer's, each
 * level's limit, the customer cap and the return's costs.
 */
export interface PreparedMoney<A> {
  readonly m: Arithmetic<A>;
  /** An offer's amounts: the catalog's were parsed up front; any other offer's are parsed on first use. */
  amountsOf(prepared: PreparedOffer): OfferAmounts<A>;
  readonly levels: readonly PreparedLevel<A>[];
  readonly capMaxCost: A | undefined;
  readonly returnShipping: A | undefined;
  readonly returnProcessing: A | undefined;
  readonly resaleRate: Ratio | undefined;
}

/**
 * Parses a client's amounts in `m`.
 * @throws OutsideExactRange when `m` is the integer path and an amount is beyond it.
 */
export function prepareMoney<A>(m: Arithmetic<A>, catalog: readonly Offer[], policy: Policy): PreparedMoney<A> {
  const parse = (text: string | undefined) => (text === undefined ? undefined : m.amount(text));
  const parseOffer = (offer: Offer): OfferAmounts<A> => {
    const terms = offer as Partial<Record<keyof OfferAmounts<A>, string>>;
    return {
      amount: parse(terms.amount),
      maxAmount: parse(terms.maxAmount),
      unitCost: parse(terms.unitCost),
      retailValue: parse(terms.retailValue),
      shippingCost: parse(terms.shippingCost),
      costDifference: parse(terms.costDifference),
      priceDifference: parse(terms.priceDifference),
      minReturnValue: parse(offer.minReturnValue),
      maxReturnValue: parse(offer.maxReturnValue),
    };
  };
  // The catalog's by slot; any other offer's (a test's) remembered by the offer.
  const bySlot = catalog.map(parseOffer);
  const others = new WeakMap<Offer, OfferAmounts<A>>();
  return {
    m,
    amountsOf({ offer, slot }) {
      if (catalog[slot] === offer) return bySlot[slot]!;
      let amounts = others.get(offer);
      if (amounts === undefined) others.set(offer, (amounts = parseOffer(offer)));
      return amounts;
    },
    levels: policy.levels.map((level) => ({
      id: level.id,
      maxCost: m.amount(level.maxCost),
      maxPercentOfReturn: level.maxPercentOfReturn === undefined ? undefined : percentOf(level.maxPercentOfReturn),
      kinds: level.kinds,
    })),
    capMaxCost: parse(policy.customerCap?.maxCost),
    returnShipping: parse(policy.returnCosts?.shipping),
    returnProcessing: parse(policy.returnCosts?.processing),
    resaleRate: policy.returnCosts === undefined ? undefined : ratioOf(policy.returnCosts.resaleRate),
  };
}
