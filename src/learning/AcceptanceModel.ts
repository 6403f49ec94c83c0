import * as z from 'zod';
import { LIMITS } from '../limits';
import { dateTime, name, rate, text } from '../schema/common';

/** What was learned at one level (offer, offer × reason, offer × reason × segment): a Beta posterior. */
const posterior = {
  rate: rate.describe('Posterior mean acceptance: alpha / (alpha + beta).'),
  alpha: z.number().positive().describe('Beta posterior: prior weight × the level above\'s rate, plus decayed accepts.'),
  beta: z.number().positive().describe('Beta posterior: prior weight × (1 − the level above\'s rate), plus decayed declines.'),
  outcomes: z.number().int().min(1).describe('Outcomes (accepted or declined, undecayed) this level learned from.'),
};

const segmentLevel = z.strictObject({ segment: name, ...posterior });
const reasonLevel = z.strictObject({ reason: name, ...posterior, segments: z.array(segmentLevel).max(LIMITS.maxOffers) });
const offerLevel = z.strictObject({
  offerId: name,
  prior: rate.describe("The rate the offer level was shrunk toward: the catalog's acceptRate, else policy.defaultAcceptRate."),
  ...posterior,
  reasons: z.array(reasonLevel).max(LIMITS.maxOffers),
});

/**
 * What customers were learned to accept, per offer, offer × reason and
 * offer × reason × segment: `learnAcceptance`'s result, `acceptance.json` in a
 * client folder, and `createDesk(config, { acceptance })`'s input.
 */
export const AcceptanceModelSchema = z
  .strictObject({
    $schema: text.optional().describe('Where editors find the JSON Schema of this file.'),
    version: z.string().regex(/^[0-9a-f]{8}$/, 'must be 8 hexadecimal digits').describe('A hash of what was learned: exploration draws are seeded with it.'),
    clientId: name.describe('The client the model was learned for.'),
    asOf: dateTime.nullable().describe('Outcomes decay from this time: the newest outcome learned from, or the asOf option.'),
    priorWeight: z.number().positive().describe('How many customers a prior is worth.'),
    halfLifeDays: z.number().positive().describe('An outcome this many days older than asOf counts half.'),
    outcomes: z.number().int().min(0).describe('Outcomes learned from (accepted or declined, for an offer of the catalog).'),
    offers: z.array(offerLevel).max(LIMITS.maxOffers),
  })
  .meta({ title: 'savedesk acceptance model' });

/** A learned acceptance model, as `acceptance.json` holds it. */
export type AcceptanceModel = z.output<typeof AcceptanceModelSchema>;
/** One level's Beta posterior in an {@link AcceptanceModel}. */
export type AcceptancePosterior = Pick<AcceptanceModel['offers'][number], 'rate' | 'alpha' | 'beta' | 'outcomes'>;
