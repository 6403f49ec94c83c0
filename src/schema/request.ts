import * as z from 'zod';
import { LIMITS } from '../limits';
import { channel, count, dateOrDateTime, dateTime, fault, moneyString, name, tags, text } from './common';

const concession = z.strictObject({
  at: dateOrDateTime.describe('When the concession was given.'),
  cost: moneyString.describe('What it cost the client, in the order currency.'),
  offerId: name.optional(),
  kind: name.optional(),
});

const customer = z.strictObject({
  id: name,
  name: name.optional(),
  segment: name.optional(),
  tags: tags.optional(),
  since: dateOrDateTime.optional().describe('Customer since; gives the tenureDays fact.'),
  lifetimeValue: moneyString.optional(),
  orderCount: count.optional(),
  returnCount: count.optional(),
  concessions: z.array(concession).max(LIMITS.maxConcessions).optional(),
});

const item = z.strictObject({
  sku: name,
  name: name.optional(),
  category: name.optional(),
  tags: tags.optional(),
  unitPrice: moneyString,
  unitCost: moneyString.optional().describe('Unknown costs are taken as the unit price (the worst case for the client).'),
  quantity: z.number().int().min(1).max(1_000_000),
});

const order = z.strictObject({
  id: name,
  placedAt: dateOrDateTime,
  deliveredAt: dateOrDateTime.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "USD"'),
  total: moneyString,
  items: z.array(item).min(1).max(LIMITS.maxItems),
});

/** The return request a host hands to `desk.decide`. */
export const ReturnRequestSchema = z
  .strictObject({
    id: name,
    receivedAt: dateTime.describe('"Now" for the decision; savedesk never reads the clock.'),
    channel,
    purpose: z.enum(['return', 'exchange', 'cancel']).default('return'),
    agent: z.strictObject({ id: name.optional(), level: name }).optional(),
    customer,
    order,
    lines: z
      .array(z.strictObject({ sku: name, quantity: z.number().int().min(1).max(1_000_000) }))
      .min(1)
      .max(LIMITS.maxLines),
    reason: z.strictObject({ code: name, note: text.optional(), fault: fault.optional() }),
  })
  .meta({ title: 'savedesk return request' });

/** A return request as a host writes it (JSON). */
export type ReturnRequest = z.input<typeof ReturnRequestSchema>;
/** A return request after validation: defaults filled in. */
export type ValidRequest = z.output<typeof ReturnRequestSchema>;
/** One item of the order. */
export type OrderItem = ValidRequest['order']['items'][number];
