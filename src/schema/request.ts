import * as z from 'zod';
import { LIMITS } from '../limits';
import { channel, count, dateOrDateTime, dateTime, fault, moneyString, name, tags, text, unitAmountString } from './common';

const concession = z.strictObject({
  at: dateOrDateTime.describe('When the concession was given.'),
  cost: moneyString.describe('What it cost the client, in the order currency.'),
  offerId: name.optional().describe('The catalog offer it was, when it was one; counts toward the offer\'s maxPerCustomer.'),
  kind: name.optional().describe('The kind of offer it was, e.g. "discount".'),
});

const customer = z.strictObject({
  id: name.describe("The host's customer id."),
  name: name.optional().describe('For guidance texts ({{customer.name}}).'),
  segment: name.optional().describe('The customerSegment fact, e.g. "vip".'),
  tags: tags.optional().describe('The customerTags fact.'),
  since: dateOrDateTime.optional().describe('Customer since; gives the tenureDays fact. Not after receivedAt.'),
  lifetimeValue: moneyString.optional().describe('What the customer has spent, in the order currency.'),
  orderCount: count.optional().describe('Orders placed so far.'),
  returnCount: count.optional().describe('Returns made so far.'),
  concessions: z.array(concession).max(LIMITS.maxConcessions).optional().describe('Earlier concessions: they count toward policy.customerCap.'),
});

const quantity = z.number().int().min(1).max(1_000_000);

const item = z.strictObject({
  lineId: name.optional().describe('Identifies this order line, so a return line can name it exactly; unique within the order.'),
  sku: name.describe('The product; an order may list one SKU on several lines.'),
  name: name.optional().describe('The product name, for guidance texts.'),
  category: name.optional().describe('The categories fact; offers may be limited to categories.'),
  tags: tags.optional().describe('The itemTags fact.'),
  unitPrice: unitAmountString.describe('What the customer paid for one unit; up to 6 decimals.'),
  unitCost: unitAmountString.optional().describe('What one unit cost the client; unknown costs are taken as the unit price (the worst case for the client).'),
  quantity: quantity.describe('Units ordered on this line.'),
});

const order = z.strictObject({
  id: name.describe("The host's order id."),
  placedAt: dateOrDateTime.describe('When the order was placed. Not after deliveredAt or receivedAt.'),
  deliveredAt: dateOrDateTime.optional().describe('When it was delivered; gives the daysSinceDelivery fact. Not after receivedAt.'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "USD"').describe("ISO 4217 code; must be the client's currency."),
  total: moneyString.describe('What the whole order cost the customer.'),
  items: z.array(item).min(1).max(LIMITS.maxItems).describe('The order lines.'),
});

const line = z.strictObject({
  sku: name.describe('The product returned.'),
  lineId: name.optional().describe("The order line it comes from. Without it, the SKU's order lines are used dearest first (README, Real orders)."),
  quantity: quantity.describe('Units returned.'),
});

/** The return request a host hands to `desk.decide`. */
export const ReturnRequestSchema = z
  .strictObject({
    id: name.describe("The host's id for this request; the decision's requestId."),
    receivedAt: dateTime.describe('"Now" for the decision; savedesk never reads the clock.'),
    channel: channel.describe('How the customer reached us.'),
    purpose: z.enum(['return', 'exchange', 'cancel']).default('return').describe('What the customer asked for; default "return".'),
    agent: z
      .strictObject({ id: name.optional().describe("The agent's id."), level: name.describe("The agent's level in policy.levels.") })
      .optional()
      .describe('Who handles the request; without one, policy.channelLevels gives the level.'),
    customer: customer.describe('Who is returning.'),
    order: order.describe('The order the returned items come from.'),
    lines: z.array(line).min(1).max(LIMITS.maxLines).describe('What is returned.'),
    reason: z
      .strictObject({
        code: name.describe("A reason code; one of the client's reasons when it lists them."),
        note: text.optional().describe('What the customer said.'),
        fault: fault.optional().describe('Who was at fault; default "unknown".'),
      })
      .describe('Why it is returned.'),
  })
  .meta({ title: 'savedesk return request' });

/** A return request as a host writes it (JSON): what `desk.decide` takes. */
export interface ReturnRequest extends z.input<typeof ReturnRequestSchema> {}
/** A return request after validation: defaults filled in. */
export type ValidRequest = z.output<typeof ReturnRequestSchema>;
/** One item of the order. */
export type OrderItem = ValidRequest['order']['items'][number];
