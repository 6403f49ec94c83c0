import * as z from 'zod';
import { currencyCode, moneyString, name } from './common';
import { FallbackSchema } from './fallback';
import { OfferSchema, offerKind, type OfferKind } from './offer';

/** The catalog's schema of an offer of one kind, to take customer-facing fields from. */
function offerOf<K extends OfferKind>(kind: K) {
  const option = OfferSchema.options.find((candidate) => candidate.shape.kind.value === kind);
  return option as Extract<(typeof OfferSchema.options)[number], { readonly shape: { readonly kind: z.ZodLiteral<K> } }>;
}

/**
 * The terms of an offer a shopper needs to know, and only those, as the
 * catalog defines them: an offer's cost to the client (`unitCost`,
 * `shippingCost`, `costDifference`, `redemptionRate`) has no field here, so it
 * cannot be copied into a view.
 */
export const CustomerTermsSchema = z
  .strictObject({
    ...offerOf('discount').pick({ percent: true, amount: true, maxAmount: true, appliesTo: true }).shape,
    ...offerOf('coupon').pick({ validDays: true, minSpend: true }).shape,
    ...offerOf('free_product').pick({ sku: true, quantity: true, retailValue: true }).shape,
    ...offerOf('store_credit').pick({ bonusPercent: true }).shape,
    ...offerOf('keep_item').pick({ refundPercent: true }).shape,
    ...offerOf('upgrade').pick({ priceDifference: true }).shape,
    ...offerOf('continuity').pick({ program: true }).shape,
  })
  .partial();

/** One offer as a shopper sees it. */
export const CustomerOfferSchema = z.strictObject({
  rank: z.number().int().min(1).describe('1 for the offer worth most to the shopper (`value`); ties in the merchant\'s order.'),
  offerId: name.describe('What the portal sends back to accept it.'),
  kind: offerKind,
  label: name,
  value: moneyString.describe("What the shopper gains over the plain return: the decision's customerValue."),
  total: moneyString.describe('What the shopper receives in all: for store credit the refund plus the bonus; otherwise the value.'),
  terms: CustomerTermsSchema,
});

/**
 * What a shopper may see of a decision ({@link customerView}): the offers
 * they may take on their own, ranked by value to them, and the fallback.
 */
export const CustomerViewSchema = z.strictObject({
  requestId: name,
  currency: currencyCode,
  offers: z.array(CustomerOfferSchema),
  fallback: FallbackSchema,
});

/** A decision as a shopper may see it. */
export type CustomerView = z.output<typeof CustomerViewSchema>;
/** One offer in a {@link CustomerView}. */
export type CustomerOffer = z.output<typeof CustomerOfferSchema>;
/** The customer-facing terms of a {@link CustomerOffer}. */
export type CustomerTerms = z.output<typeof CustomerTermsSchema>;
