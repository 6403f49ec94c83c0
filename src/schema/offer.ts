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
  id: name.describe('The offer\'s id; rules and decisions name it.'),
  label: name.describe('What the customer is offered, in words.'),
  description: text.optional().describe('More about it, for people.'),
  acceptRate: rate.optional().describe('Prior probability the customer takes it (0..1); default policy.defaultAcceptRate.'),
  appliesTo: z.enum(['lines', 'order']).optional().describe('What amounts are computed from: the returned lines (default) or the whole order.'),
  reasons: z.array(name).min(1).optional().describe('Only for these reason codes.'),
  categories: z.array(name).min(1).optional().describe('Only when a returned item is in one of these categories.'),
  minReturnValue: moneyString.optional().describe('Only when the returned lines are worth at least this.'),
  maxReturnValue: moneyString.optional().describe('Only when the returned lines are worth at most this.'),
  validFrom: dateOrDateTime.optional().describe('First day the offer may be made.'),
  validTo: dateOrDateTime.optional().describe('Last day the offer may be made.'),
  stock: count.optional().describe('Units left; 0 withholds the offer as out-of-stock.'),
  maxPerCustomer: count.optional().describe('How many times one customer may get it (counted in customer.concessions).'),
};

const percentOrAmount = {
  percent: percent.optional().describe('Percent of the returned lines (or order).'),
  amount: moneyString.optional().describe('A fixed amount.'),
  maxAmount: moneyString.optional().describe('Cap on a percent discount.'),
};

function offer<K extends OfferKind, S extends z.ZodRawShape>(kind: K, terms: S) {
  return z.strictObject({ ...common, kind: z.literal(kind).describe('What kind of offer it is; the fields beyond the common ones are its terms.'), ...terms });
}

/** An offer in a client's catalog. */
export const OfferSchema = z.discriminatedUnion('kind', [
  offer('discount', percentOrAmount),
  offer('coupon', {
    ...percentOrAmount,
    validDays: z.number().int().min(1).max(3650).describe('Days the coupon can be used.'),
    minSpend: moneyString.optional().describe('Least an order must cost for the coupon to apply.'),
    redemptionRate: rate.describe('Share of coupons actually redeemed; cost = face × redemptionRate.'),
  }),
  offer('free_product', {
    sku: name.describe('The product given or sold.'),
    quantity: z.number().int().min(1).max(1000).describe('Units given.'),
    unitCost: moneyString.describe('What one unit (or the service) costs the client.'),
    retailValue: moneyString.describe('Retail value of one unit.'),
  }),
  offer('replacement', { shippingCost: moneyString.describe('What sending it costs the client.') }),
  offer('exchange', { shippingCost: moneyString.describe('What sending it costs the client.') }),
  offer('store_credit', { bonusPercent: percent.describe('Extra credit on top of the refund, in percent.') }),
  offer('keep_item', { refundPercent: percent.describe('Percent of the returned lines refunded while the customer keeps the item.') }),
  offer('upgrade', {
    sku: name.describe('The product given or sold.'),
    priceDifference: moneyString.describe('What the customer would pay more.'),
    costDifference: moneyString.describe('What the upgrade costs the client more.'),
  }),
  offer('service', { unitCost: moneyString.describe('What one unit (or the service) costs the client.') }),
  offer('upsell', { sku: name.optional().describe('The product given or sold.') }),
  offer('continuity', { program: name.optional().describe('The subscription programme offered.') }),
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
