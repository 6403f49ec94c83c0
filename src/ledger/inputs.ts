import * as z from 'zod';
import { SavedeskInputError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { parseIssues } from '../pipeline/validate/zodIssues';
import { dateTime, name } from '../schema/common';
import { ApproverSchema } from './concession';

/** What `accept` is told, less the desk. */
export const AcceptFieldsSchema = z.object({
  requestId: name,
  offerId: name,
  approvedBy: ApproverSchema.optional(),
  at: dateTime,
});

/** What `decline` is told. */
export const DeclineSchema = z.object({ clientId: name, requestId: name, at: dateTime });

/** Which outcomes to read. */
export const OutcomeQuerySchema = z.object({ clientId: name, since: dateTime.optional(), until: dateTime.optional() });

/** Parses a method's input, or throws `invalid-input` listing every problem. */
export function parseInput<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = parseIssues(schema, raw);
  if (parsed.issues) throw new SavedeskInputError(parsed.issues);
  return parsed.data;
}

/** A desk as `accept` needs it: a client id and the validated config. */
export function checkDesk(desk: unknown): void {
  const ok = typeof desk === 'object' && desk !== null && 'clientId' in desk && 'config' in desk;
  if (!ok) throw new SavedeskInputError([{ code: 'required', path: 'desk', message: messages.required }]);
}

/** An ISO date or date-time as the stores keep it: UTC with milliseconds, so every store gives back the same text. */
export function isoMillis(text: string): string {
  return new Date(Date.parse(text)).toISOString();
}
