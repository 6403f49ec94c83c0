import * as z from 'zod';
import { LIMITS } from '../limits';
import { channels, count, moneyString, name, percent, rate } from './common';
import { offerKind } from './offer';

const level = z.strictObject({
  id: name.describe('The level\'s id, e.g. "agent"; requests and rules name it.'),
  maxCost: moneyString.describe('Most one offer may cost the client at this level.'),
  maxPercentOfReturn: percent.optional().describe('Most one offer may cost, as a percent of the return value.'),
  kinds: z.array(offerKind).optional().describe('Offer kinds this level may give; all when absent.'),
});

/** A client's empowerment policy: who may give what. */
export const PolicySchema = z.strictObject({
  levels: z.array(level).min(1).max(LIMITS.maxLevels).describe('The escalation chain, lowest level first.'),
  channelLevels: z
    .strictObject(Object.fromEntries(channels.map((c) => [c, name.optional().describe(`The level a ${c} request acts at.`)])) as Record<(typeof channels)[number], z.ZodOptional<typeof name>>)
    .optional()
    .describe('The level a request on each channel acts at when it names no agent level.'),
  customerCap: z
    .strictObject({
      windowDays: z.number().int().min(1).max(3650).describe('How many days back concessions count.'),
      maxCost: moneyString.optional().describe('Most the concessions in the window may cost together.'),
      maxCount: count.optional().describe('Most concessions in the window.'),
    })
    .optional()
    .describe("Limit on one customer's concessions over a window, this offer included."),
  maxOffers: z.number().int().min(1).max(50).default(3).describe('Most offers in one decision; default 3.'),
  distinctKinds: z.boolean().default(true).describe('At most one offer of each kind in a decision; default true.'),
  allowSalesOffers: z.boolean().default(false).describe('Offer upsell and continuity kinds on returns too; default false.'),
  defaultAcceptRate: rate.default(0.5).describe('acceptRate of an offer that gives none.'),
  explore: z
    .strictObject({ method: z.literal('thompson').describe('Thompson sampling: each offer\'s rate is a seeded draw from its Beta posterior.') })
    .optional()
    .describe('Rank by a seeded draw from each offer\'s acceptance posterior instead of its mean, among offers that passed every limit.'),
  holdout: z
    .strictObject({
      percent: percent.describe('Share of customers offered nothing, to measure what the offers add.'),
      salt: name.describe('Mixed into the hash of the customer id; a new salt draws a new holdout.'),
    })
    .optional()
    .describe('A stable share of customers (murmur3-32 of salt + customer id) who are offered nothing.'),
  returnCosts: z
    .strictObject({
      shipping: moneyString.describe('What shipping a return back costs the client.'),
      processing: moneyString.describe('What handling a return costs the client.'),
      resaleRate: rate.describe('Share of the refunded value recovered by reselling the returned goods.'),
    })
    .optional()
    .describe('What a plain return costs the client beyond the refund; offers are weighed against it.'),
  returnWindowDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('Days after delivery (or, when not delivered, after the order) within which a refund is owed; none: always owed.'),
});

/** A policy as written in `client.json`. */
export type Policy = z.output<typeof PolicySchema>;
