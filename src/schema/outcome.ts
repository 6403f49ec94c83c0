import * as z from 'zod';
import { channel, dateTime, moneyString, name, rate } from './common';
import { offerKind } from './offer';

/** One offer as the customer was shown it, with the rate that ranked it. */
const shownOffer = z.strictObject({
  offerId: name,
  kind: offerKind,
  rank: z.number().int().min(1),
  cost: moneyString.describe('What it would cost the client, in the decision currency.'),
  approval: z.strictObject({ level: name }).nullable().describe('null when the caller could give it.'),
  rate: rate.describe('The acceptance rate that ranked it (DecidedOffer.acceptance.rate).'),
  source: z.enum(['prior', 'learned']).describe('Where that rate came from.'),
  propensity: rate.optional().describe('Probability this offer would have been ranked first (exploration on).'),
});

/** What became of a decision: an offer accepted, all declined, or nothing heard yet. */
const result = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('accepted'),
    offerId: name,
    at: dateTime,
    cost: moneyString,
    approvedBy: z.strictObject({ id: name.optional(), level: name }).optional(),
  }),
  z.strictObject({ status: z.literal('declined'), at: dateTime }),
  z.strictObject({ status: z.literal('open') }),
]);

/**
 * One decision and what became of it: what `ledger.outcomes()` yields and an
 * exported NDJSON line holds, and what learning, reports and signals read.
 */
export const OutcomeSchema = z
  .strictObject({
    requestId: name,
    clientId: name,
    customerId: name,
    segment: name.nullable().describe('customer.segment, null when absent.'),
    reason: name.describe('The reason code.'),
    channel,
    level: name.describe('The level the caller acted at.'),
    agentId: name.nullable().describe('agent.id, null when absent.'),
    at: dateTime.describe('When the decision was made: the request\'s receivedAt.'),
    currency: z.string().regex(/^[A-Z]{3}$/),
    returnValue: moneyString,
    returnLoss: moneyString,
    offers: z.array(shownOffer).describe('The offers shown, best first; empty for a holdout or when nothing was eligible.'),
    group: z.enum(['holdout', 'treatment']).optional().describe('The experiment group, when the client runs a holdout.'),
    result,
  })
  .meta({ title: 'savedesk outcome' });

/** One decision and what became of it. */
export type Outcome = z.output<typeof OutcomeSchema>;
/** What an outcome's `result` says. */
export type OutcomeResult = Outcome['result'];
