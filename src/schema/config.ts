import * as z from 'zod';
import { LIMITS } from '../limits';
import { name, text } from './common';
import { OfferSchema } from './offer';
import { PolicySchema } from './policy';
import { RuleSchema } from './rule';

/** Shared fields of a client config, as a file or in memory. */
const clientFields = {
  $schema: text.optional().describe('Where editors find the JSON Schema of this file.'),
  client: z.strictObject({ id: name.describe("The client's id; decisions carry it."), name: name.describe("The client's name, for people.") }).describe('Who the client is.'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "USD"').describe('Currency of every amount in the catalog and policy.'),
  reasons: z
    .array(
      z.strictObject({
        code: name.describe('The code requests and rules use, e.g. "too-small".'),
        label: name.describe('What a person reads.'),
        description: text.optional().describe('What the reason covers.'),
      }),
    )
    .optional()
    .describe("The client's reason taxonomy; when given, a request's reason code must be one of these."),
  catalog: z.array(OfferSchema).max(LIMITS.maxOffers).describe('Every offer rules may propose.'),
  policy: PolicySchema.describe('Who may give what: the escalation chain, caps and costs.'),
};

/** The whole configuration of one client: catalog, policy and rules. */
export const ClientConfigSchema = z
  .strictObject({ ...clientFields, rules: z.array(RuleSchema).max(LIMITS.maxRules).describe('The rules, in the order they fire at equal priority.') })
  .meta({ title: 'savedesk client config' });

/** `client.json` in a client folder: the config without its rules, which live in `rules/*.json`. */
export const ClientFileSchema = z.strictObject(clientFields).meta({ title: 'savedesk client.json' });

/** A client config as written (JSON): what `createDesk` takes. */
export interface ClientConfig extends z.input<typeof ClientConfigSchema> {}
/** A client config after validation: defaults filled in. */
export type ValidConfig = z.output<typeof ClientConfigSchema>;
