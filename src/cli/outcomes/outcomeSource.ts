import { SavedeskInputError } from '../../errors/SavedeskError';
import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { openLedger } from '../../ledger/openLedger';
import type { Outcome } from '../../schema/outcome';
import { openOutcomes } from './readOutcomes';

/** Where a command reads outcomes from: `--outcomes <file>` or `--ledger <url>`, exactly one. */
export interface OutcomeSourceOptions {
  /** An NDJSON(.gz) file of outcomes, as `savedesk ledger export` writes it. */
  readonly outcomes?: string | undefined;
  /** A ledger address: `pglite:<folder>` or `postgres://…`. */
  readonly ledger?: string | undefined;
  /** Only this client's outcomes are read (a file may hold several clients'). */
  readonly clientId: string;
  /** ISO date-times: decisions made from `since` (inclusive) to `until` (exclusive). */
  readonly since?: string | undefined;
  readonly until?: string | undefined;
}

/** Outcomes being read, and what releases their file or ledger once read. */
export interface OutcomeSource {
  readonly outcomes: AsyncIterable<Outcome>;
  close(): Promise<void>;
}

/**
 * Opens the outcomes `learn` and `report` read, from a file or a ledger, one
 * client's only, within `since`/`until`. A file's bad lines go to `onSkipped`
 * (as {@link openOutcomes} does); a ledger yields only valid outcomes.
 * @throws SavedeskInputError unless exactly one of `outcomes` and `ledger` is given.
 */
export async function openOutcomeSource(options: OutcomeSourceOptions, onSkipped: (issues: readonly Issue[]) => void): Promise<OutcomeSource> {
  const { outcomes: file, ledger: url, clientId, since, until } = options;
  if ((file === undefined) === (url === undefined)) throw new SavedeskInputError([{ code: 'invalid', path: '', message: messages.outcomesOrLedger }]);
  if (url !== undefined) {
    const ledger = await openLedger(url);
    return { outcomes: ledger.outcomes({ clientId, since, until }), close: () => ledger.close() };
  }
  const opened = await openOutcomes(file!, onSkipped);
  const from = since === undefined ? -Infinity : Date.parse(since);
  const to = until === undefined ? Infinity : Date.parse(until);
  return { outcomes: filtered(opened.outcomes, (o) => o.clientId === clientId && Date.parse(o.at) >= from && Date.parse(o.at) < to), close: async () => {} };
}

async function* filtered(outcomes: AsyncIterable<Outcome>, keep: (outcome: Outcome) => boolean): AsyncIterable<Outcome> {
  for await (const outcome of outcomes) if (keep(outcome)) yield outcome;
}
