import { endOf } from '../dates';
import { percentOf, ratioOf, type Ratio } from '../money/ratio';
import { offerFieldsNotTerms, salesKinds, type Offer, type OfferTerms } from '../schema/offer';

/**
 * A catalog offer with what every decision would otherwise work out again:
 * its terms as a decision shows them, its dates as instants, its percent and
 * rates as exact ratios. Made once, at `createDesk`.
 */
export interface PreparedOffer {
  readonly offer: Offer;
  /**
   * The offer's fields the stages read, copied here: offers of eleven kinds,
   * each with its own optional fields, are objects of many shapes, and a
   * field read across many shapes is several times slower than across one.
   */
  readonly id: string;
  readonly kind: Offer['kind'];
  readonly label: string;
  readonly acceptRate: number | undefined;
  readonly appliesToOrder: boolean;
  readonly reasons: readonly string[] | undefined;
  readonly categories: readonly string[] | undefined;
  readonly stock: number | undefined;
  readonly maxPerCustomer: number | undefined;
  /** A free product's quantity; 1 for any other kind. */
  readonly quantity: number;
  /** Its place in the catalog: where a decision keeps its candidate. */
  readonly slot: number;
  /** The kind's own fields, in the catalog's order; a decision shows a copy. */
  readonly terms: OfferTerms;
  /** Whether the catalog constrains it (reasons, categories, return value, dates, times per customer): most offers are not. */
  readonly constrained: boolean;
  /** An upsell or continuity offer, which `policy.allowSalesOffers` must allow. */
  readonly sales: boolean;
  /** `validFrom` as epoch ms (−∞ without one) and the last moment of `validTo` (+∞ without one). */
  readonly validFrom: number;
  readonly validTo: number;
  /** The percent it gives (a discount's or coupon's `percent`, `bonusPercent`, `refundPercent`) as a fraction. */
  readonly percent: Ratio | undefined;
  /** A coupon's redemption rate. */
  readonly redemptionRate: Ratio | undefined;
}

/** Fields every offer has; what remains are the kind's terms. */
const NOT_TERMS: ReadonlySet<string> = new Set(offerFieldsNotTerms);

/** The catalog constraints an offer may carry (stock is checked apart). */
const CONSTRAINTS = ['reasons', 'categories', 'minReturnValue', 'maxReturnValue', 'validFrom', 'validTo', 'maxPerCustomer'] as const satisfies ReadonlyArray<keyof Offer>;

/** Prepares every offer of a validated catalog, in catalog order. */
export function prepareCatalog(catalog: readonly Offer[]): PreparedOffer[] {
  return catalog.map((offer, slot) => prepareOffer(offer, slot));
}

/** Prepares one valid offer, at `slot` in its catalog. */
export function prepareOffer(offer: Offer, slot = 0): PreparedOffer {
  return {
    offer,
    id: offer.id,
    kind: offer.kind,
    label: offer.label,
    acceptRate: offer.acceptRate,
    appliesToOrder: 'appliesTo' in offer && offer.appliesTo === 'order',
    reasons: offer.reasons,
    categories: offer.categories,
    stock: offer.stock,
    maxPerCustomer: offer.maxPerCustomer,
    quantity: offer.kind === 'free_product' ? offer.quantity : 1,
    slot,
    terms: Object.freeze(Object.fromEntries(Object.entries(offer).filter(([key]) => !NOT_TERMS.has(key)))) as OfferTerms,
    constrained: CONSTRAINTS.some((constraint) => offer[constraint] !== undefined),
    sales: salesKinds.includes(offer.kind),
    validFrom: offer.validFrom === undefined ? -Infinity : Date.parse(offer.validFrom),
    validTo: offer.validTo === undefined ? Infinity : endOf(offer.validTo),
    percent: percentOfOffer(offer),
    redemptionRate: offer.kind === 'coupon' ? ratioOf(offer.redemptionRate) : undefined,
  };
}

function percentOfOffer(offer: Offer): Ratio | undefined {
  switch (offer.kind) {
    case 'discount':
    case 'coupon':
      return offer.percent === undefined ? undefined : percentOf(offer.percent);
    case 'store_credit':
      return percentOf(offer.bonusPercent);
    case 'keep_item':
      return percentOf(offer.refundPercent);
    default:
      return undefined;
  }
}
