import * as z from 'zod';
import { LIMITS } from '../limits';
import { messages } from '../errors/messages';
import { channel, name, text } from './common';
import { offerKind } from './offer';

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A value in a condition: any JSON, held to the limits of the rest of a rule
 * file (strings are free text; lists and objects hold at most
 * `LIMITS.maxListValues` entries), so a rule file cannot carry megabytes into
 * every evaluation.
 */
const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    text,
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(LIMITS.maxListValues),
    z.record(z.string().max(LIMITS.maxNameLength), jsonValue).refine((entries) => Object.keys(entries).length <= LIMITS.maxListValues, messages.tooManyEntries(LIMITS.maxListValues)),
  ]),
);

/** `{ fact, operator, value }`: one comparison, as json-rules-engine writes it. */
export const ComparisonSchema = z.strictObject({
  fact: name,
  operator: name,
  value: jsonValue,
  path: z.string().max(LIMITS.maxNameLength).optional().describe('A path into the fact, e.g. "$.order.items[0].sku".'),
  params: z.record(name, jsonValue).optional(),
  name: name.optional(),
  priority: z.number().int().min(1).optional(),
});

/** One comparison of a fact (optionally at a `path`) with a value, e.g. `{ fact: "reason", operator: "equal", value: "too-firm" }`. */
export type Comparison = z.infer<typeof ComparisonSchema>;

/** A condition: a ComparisonSchema, or `all` / `any` / `not` of conditions. */
export type Condition =
  | Comparison
  | { all: Condition[]; name?: string; priority?: number }
  | { any: Condition[]; name?: string; priority?: number }
  | { not: Condition; name?: string; priority?: number };

const label = { name: name.optional(), priority: z.number().int().min(1).optional() };
const list = z.array(z.lazy((): z.ZodType<Condition> => ConditionSchema)).max(LIMITS.maxListValues);

const groups = [
  z.strictObject({ all: list, ...label }),
  z.strictObject({ any: list, ...label }),
  z.strictObject({ not: z.lazy((): z.ZodType<Condition> => ConditionSchema), ...label }),
] as const;

/** Any condition, nested to any depth up to `LIMITS.maxDepth`. */
export const ConditionSchema: z.ZodType<Condition> = z.union([ComparisonSchema, ...groups]);

const target = { offer: name.optional(), kind: offerKind.optional() };

function event<T extends string, S extends z.ZodRawShape>(type: T, params: S) {
  return z.strictObject({ type: z.literal(type), params: z.strictObject(params) });
}

/** What a rule does when its conditions hold. */
export const EventSchema = z.discriminatedUnion('type', [
  event('offer', {
    offer: name.optional(),
    offers: z.array(name).min(1).optional(),
    weight: z.number().min(0).max(1000).optional().describe('Multiplies expected saving when ranking; default 1.'),
    goodwill: z.boolean().optional().describe('Offer even if it costs more than the return would.'),
  }),
  event('exclude', { ...target, why: text }),
  event('require-level', { ...target, level: name }),
  event('guide', { text: text.describe('Procedure note; {{customer.name}}-style placeholders are filled from the request.') }),
  event('follow-up', { afterDays: z.number().int().min(0).max(3650), channel, purpose: name }),
  event('flag', { flag: name }),
]);

/** A rule: json-rules-engine's format with savedesk's events. */
export const RuleSchema = z.strictObject({
  name: name.describe('Shown in each offer\'s "because" and in traces.'),
  priority: z.number().int().min(1).optional().describe('Higher runs first; default 1.'),
  conditions: z.union(groups).describe('all / any / not of conditions, as in json-rules-engine.'),
  event: EventSchema,
});

/** A rule as written in a rules file. */
export type Rule = z.output<typeof RuleSchema>;
/** A rule's event. */
export type RuleEvent = z.output<typeof EventSchema>;
/** A list of rules: the content of one `rules/*.json` file. */
export const RuleFileSchema = z.array(RuleSchema).max(LIMITS.maxRules).meta({ title: 'savedesk rules file' });
