import * as z from 'zod';
import { messages } from '../errors/messages';
import { name } from './common';
import { withheldReasons } from './decision';
import { ReturnRequestSchema } from './request';

/**
 * What a case expects of its decision. Each key is checked only when given, so
 * a case states what it is about and nothing else; at least one is required.
 */
export const CaseExpectationSchema = z
  .strictObject({
    offers: z.array(name).describe('The offer ids, best first: exactly these, in this order ([] means no offer).'),
    withheld: z
      .record(name, z.enum(withheldReasons))
      .describe('Offer id → why it must be withheld. Offers not listed may be withheld or not.'),
    flags: z.array(name).describe('Exactly these flags, in any order.'),
    approval: z
      .record(name, name.nullable())
      .describe('Offer id → the level that must approve it, or null when the caller may give it. Each listed offer must be offered.'),
  })
  .partial()
  .refine((expect) => Object.keys(expect).length > 0, messages.emptyExpectation)
  .meta({ minProperties: 1 });

/** A case file in a client folder's `cases/`: a request and what its decision must be. */
export const CaseSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: name.describe('Shown in test output, e.g. "too firm gets cushions".'),
    request: ReturnRequestSchema,
    expect: CaseExpectationSchema,
  })
  .meta({ title: 'savedesk case' });

/** A case as written in `cases/*.json`. */
export type ClientCase = z.input<typeof CaseSchema>;
/** A case after validation: its request with defaults filled in. */
export type ValidCase = z.output<typeof CaseSchema>;
/** What a case expects: `offers`, `withheld`, `flags`, `approval`, each optional. */
export type CaseExpectation = z.output<typeof CaseExpectationSchema>;
