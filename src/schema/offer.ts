import * as z from 'zod';
import { count, dateOrDateTime, moneyString, name, percent, rate, text } from './common';

/** Every kind of offer, in the order DESIGN.md lists them. */
export const offerKinds = [
  'discount',
  'coupon',
  'free_product',
  'replacement',
  'exchange',
  'store_credit',
  'keep_item',
  'upgrade',
  'service',
  'upsell',
  'continuity',
] as const;
/** A kind of offer. */
export type OfferKind = (typeof offerKinds)[number];
/** The schema of an offer kind. */
export const offerKind = z.enum(offerKinds);
/** Kinds that sell rather than save; suppressed unless the policy allows sales offers. */
export const salesKinds: readonly OfferKind[] = ['upsell', 'continuity'];

/** Fields every offer has: identity, prior, and catalog constraints. */
const common = {
  id: name,
  label: name,
  description: text.optional(),
  acceptRate: rate.optional().describe('Prior probability the customer takes it (0..1); default policy.defaultAcceptRate.'),
  appliesTo: z.enum(['lines', 'order']).optional().describe('What amounts are computed from: the returned lines (default) or the whole order.'),
  reasons: z.array(name).min(1).optional().describe('Only for these reason codes.'),
  categories: z.array(name).min(1).optional().describe('Only when a returned item is in one of these categories.'),
  minReturnValue: moneyString.optional(),
  maxReturnValue: moneyString.optional(),
  validFrom: dateOrDateTime.optional(),
  validTo: dateOrDateTime.optional(),
  stock: count.optional().describe('Units left; 0 withholds the offer as out-of-stock.'),
  maxPerCustomer: count.optional().describe('How many times one customer may get it (counted in customer.concessions).'),
};

const percentOrAmount = {
  percent: percent.optional().describe('Percent of the returned lines (or order).'),
  amount: moneyString.optional().describe('A fixed amount.'),
  maxAmount: moneyString.optional().describe('Cap on a percent discount.'),
};

function offer<K extends OfferKind, S extends z.ZodRawShape>(kind: K, terms: S) {
  return z.strictObject({ ...common, kind: z.literal(kind), ...terms });
}

/** An offer in a client's catalog. */
export const OfferSchema = z.discriminatedUnion('kind', [
  offer('discount', percentOrAmount),
  offer('coupon', {
    ...percentOrAmount,
    validDays: z.number().int().min(1).max(3650),
    minSpend: moneyString.optional(),
    redemptionRate: rate.describe('Share of coupons actually redeemed; cost = face × redemptionRate.'),
  }),
  offer('free_product', {
    sku: name,
    quantity: z.number().int().min(1).max(1000),
    unitCost: moneyString,
    retailValue: moneyString.describe('Retail value of one unit.'),
  }),
  offer('replacement', { shippingCost: moneyString }),
  offer('exchange', { shippingCost: moneyString }),
  offer('store_credit', { bonusPercent: percent }),
  offer('keep_item', { refundPercent: percent }),
  offer('upgrade', { sku: name, priceDifference: moneyString, costDifference: moneyString }),
  offer('service', { unitCost: moneyString }),
  offer('upsell', { sku: name.optional() }),
  offer('continuity', { program: name.optional() }),
]);

/** An offer as written in `client.json`. */
export type Offer = z.output<typeof OfferSchema>;

/** Fields of an offer that are not its terms: identity, prior and catalog constraints (`appliesTo` is a term). */
export const offerFieldsNotTerms = [
  'id', 'kind', 'label', 'description', 'acceptRate', 'reasons', 'categories',
  'minReturnValue', 'maxReturnValue', 'validFrom', 'validTo', 'stock', 'maxPerCustomer',
] as const;

/** The terms of an offer of kind `Kind`, as a decision shows them: e.g. `{ percent?, amount?, maxAmount?, appliesTo? }` for a discount. */
export type OfferTerms<Kind extends OfferKind = OfferKind> = Omit<Extract<Offer, { kind: Kind }>, (typeof offerFieldsNotTerms)[number]>;
