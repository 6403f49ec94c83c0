import * as z from 'zod';
import { count, currencyCode, moneyString, name, percent } from './common';
import { FallbackSchema } from './fallback';
import { offerKind } from './offer';

/**
 * The terms of an offer a shopper needs to know, and only those: an offer's
 * cost to the client (`unitCost`, `shippingCost`, `costDifference`,
 * `redemptionRate`) has no field here, so it cannot be copied into a view.
 */
export const CustomerTermsSchema = z.strictObject({
  percent: percent.optional().describe('Percent of the returned lines (or order).'),
  amount: moneyString.optional().describe('A fixed amount.'),
  maxAmount: moneyString.optional().describe('Cap on a percent.'),
  appliesTo: z.enum(['lines', 'order']).optional().describe('What a percent is of: the returned lines (default) or the whole order.'),
  validDays: count.optional().describe('Days a coupon is valid.'),
  minSpend: moneyString.optional().describe('Least spend a coupon needs.'),
  sku: name.optional().describe('The product given or upgraded to.'),
  quantity: count.optional().describe('How many of it.'),
  retailValue: moneyString.optional().describe('Retail value of one unit given.'),
  bonusPercent: percent.optional().describe('Bonus on store credit taken instead of the refund.'),
  refundPercent: percent.optional().describe('Share of the price refunded when the shopper keeps the item.'),
  priceDifference: moneyString.optional().describe('Price difference of an upgrade, which the shopper does not pay.'),
  program: name.optional().describe('A continuity program.'),
});

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
