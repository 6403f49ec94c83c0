import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as z from 'zod';
import { LIMITS, type Issue } from 'savedesk';

/** What the agent reports after offering: the offer the customer took, or that they declined every offer. */
export const OutcomeSchema = z.union(
  [
    z.strictObject({ accepted: z.string().min(1).max(LIMITS.maxNameLength) }),
    z.strictObject({ declined: z.literal(true) }),
  ],
  { error: 'must be { "accepted": "<offerId>" } or { "declined": true }' },
);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** One line of the outcome log. */
export type RecordedOutcome = { readonly requestId: string; readonly recordedAt: string } & Outcome;

/** zod's issues in savedesk's `{ path, message }` shape, so a client handles every 400 alike. */
export function outcomeIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ code: 'invalid' as const, path: issue.path.join('.'), message: issue.message }));
}

/**
 * An append-only NDJSON log of outcomes. Each outcome is written with one
 * `appendFile` before the agent's screen is answered, so restarting the
 * service loses nothing; a later line for the same request supersedes an
 * earlier one.
 */
export async function openOutcomeLog(file: string, now: () => Date) {
  await mkdir(dirname(file), { recursive: true });
  return {
    async record(requestId: string, outcome: Outcome): Promise<RecordedOutcome> {
      const entry: RecordedOutcome = { requestId, recordedAt: now().toISOString(), ...outcome };
      await appendFile(file, `${JSON.stringify(entry)}\n`, 'utf8');
      return entry;
    },
  };
}
