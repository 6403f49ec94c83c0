import { openLedger } from '../../ledger/openLedger';
import type { Outcome } from '../../schema/outcome';
import { openOutcomes } from '../outcomes/readOutcomes';
import { progress, type Progress } from '../replay/progress';
import type { SkippedLines } from '../replay/skippedLines';

/** Where `savedesk report` reads outcomes from: exactly one of a file and a ledger, and the period to keep. */
export interface SourceOptions {
  readonly outcomes?: string | undefined;
  readonly ledger?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  /** Show a progress bar (standard error is a terminal and --quiet not given). */
  readonly progress: boolean;
}

/** Outcomes opened for reading, a name for the page, and how to let go of them. */
export interface OutcomeSource {
  readonly name: string;
  readonly outcomes: AsyncIterable<Outcome>;
  close(): Promise<void>;
}

/**
 * Opens the outcomes of `clientId`: a file (every line an outcome; lines
 * that are not are handed to `skipped`; a progress bar by bytes read) or a
 * ledger (`openLedger(url).outcomes({ clientId, since, until })`). Both keep
 * the decisions made from `since` (inclusive) to `until` (exclusive).
 */
export async function openOutcomeSource(clientId: string, options: SourceOptions, skipped: SkippedLines): Promise<OutcomeSource> {
  if (options.ledger !== undefined) {
    const ledger = await openLedger(options.ledger);
    return {
      name: `ledger ${withoutCredentials(options.ledger)}`,
      outcomes: ledger.outcomes({ clientId, since: options.since, until: options.until }),
      close: () => ledger.close(),
    };
  }
  const file = await openOutcomes(options.outcomes!, (issues) => skipped.skip(issues));
  const bar = progress(file.history, options.progress, 'reading', 'outcomes');
  return { name: options.outcomes!, outcomes: inPeriod(file.outcomes, options, bar), close: async () => bar.stop() };
}

/** The outcomes decided in the period, each counted for the bar as it is read. */
async function* inPeriod(outcomes: AsyncIterable<Outcome>, period: Pick<SourceOptions, 'since' | 'until'>, bar: Progress): AsyncIterable<Outcome> {
  const since = period.since === undefined ? -Infinity : Date.parse(period.since);
  const until = period.until === undefined ? Infinity : Date.parse(period.until);
  let read = 0;
  for await (const outcome of outcomes) {
    bar.tick(++read);
    const at = Date.parse(outcome.at);
    if (at >= since && at < until) yield outcome;
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
