import { SavedeskInputError } from '../../errors/SavedeskError';
import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { openLedger } from '../../ledger/openLedger';
import type { Outcome } from '../../schema/outcome';
import { progress, type Progress } from '../replay/progress';
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
  /** Show a progress bar on standard error while a file is read (a terminal, and --quiet not given). */
  readonly progress?: boolean;
}

/** Outcomes being read, a name for them (the file, or the ledger without credentials), and what releases them once read. */
export interface OutcomeSource {
  readonly name: string;
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
    return { name: `ledger ${withoutCredentials(url)}`, outcomes: ledger.outcomes({ clientId, since, until }), close: () => ledger.close() };
  }
  const opened = await openOutcomes(file!, onSkipped);
  const bar = progress(opened.history, options.progress === true, 'reading', 'outcomes');
  const from = since === undefined ? -Infinity : Date.parse(since);
  const to = until === undefined ? Infinity : Date.parse(until);
  const keep = (o: Outcome) => o.clientId === clientId && Date.parse(o.at) >= from && Date.parse(o.at) < to;
  return { name: file!, outcomes: kept(opened.outcomes, keep, bar), close: async () => bar.stop() };
}

/** The outcomes to keep, each counted for the bar as it is read. */
async function* kept(outcomes: AsyncIterable<Outcome>, keep: (outcome: Outcome) => boolean, bar: Progress): AsyncIterable<Outcome> {
  let read = 0;
  for await (const outcome of outcomes) {
    bar.tick(++read);
    if (keep(outcome)) yield outcome;
  }
}

/** A ledger address as a page may show it: a PostgreSQL URL without its user and password. */
function withoutCredentials(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) return url;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//');
  }
}
