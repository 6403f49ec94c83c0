import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { describeIssue, SavedeskConfigError } from '../../errors/SavedeskError';
import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { loadClient } from '../../node/loadClient';
import type { CommandRegistration } from '../main';
import { openHistory } from '../replay/historyFile';
import { progress } from '../replay/progress';
import { replayHistory } from '../replay/replayHistory';
import { replayInWorkers } from '../replay/replayInWorkers';
import { replayReport, replayTiming } from '../replay/replayReport';
import { replayTally } from '../replay/tally';
import { SKIPS_SHOWN } from '../replay/skippedLines';


interface ReplayOptions {
  against?: string;
  json?: boolean;
  quiet?: boolean;
  workers?: number;
}

/** Below this size a history is decided in this process, unless `--workers` says otherwise: starting threads would cost more than they save. */
const SMALL_HISTORY_BYTES = 1 << 20;

/** `savedesk replay <client-dir> <history.ndjson> [--against <other-client-dir>]`: decide a history of requests and summarise. */
export const replayCommand: CommandRegistration = (program, terminal) => {
  program
    .command('replay')
    .description('Decide every request of a history file (one JSON request per line) and summarise the decisions.')
    .argument('<client-dir>', 'the client folder, e.g. rules/nordhem')
    .argument('<history>', 'the requests, one JSON request per line (NDJSON); a .gz file is gunzipped')
    .option('--against <other-client-dir>', 'decide each request with this client too, and count what changes')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress bar and no timing')
    .option('--workers <n>', `threads deciding in parallel (default: the machine's ${availableParallelism()} cores)`, workerCount)
    .addHelpText('after', `
Prints the decisions by top offer (label and id), offers per decision, the
cost of the top offers, how often each withheld reason applied and approvals
by level. With --against, how many decisions change (another top offer, other
offers shown, another approval or cost for an offer both show, other withheld
reasons), and both clients side by side. A line that is not JSON or not a
valid request is reported with its number and skipped.
Exit code: 0, or 2 when a client does not load or the history cannot be read.

Examples:
  savedesk replay rules/nordhem history.ndjson.gz
  savedesk replay rules/nordhem history.ndjson --against rules/nordhem-next --json`)
    .action(async (dir: string, file: string, options: ReplayOptions) => {
      const started = performance.now();
      const client = await loadClient(dir);
      const other = options.against === undefined ? undefined : await loadClient(options.against);
      if (other && other.config.currency !== client.config.currency) {
        throw new SavedeskConfigError([{ code: 'currency-mismatch', file: other.dir, path: 'currency', message: messages.againstCurrency(other.config.currency, client.config.currency) }]);
      }
      const history = await openHistory(file);
      const tally = replayTally(
        { client: client.config.client.id, dir },
        client.config.currency,
        other && options.against !== undefined ? { client: other.config.client.id, dir: options.against } : undefined,
      );
      const bar = progress(history, options.quiet !== true && process.stderr.isTTY === true);
      let shown = 0;
      const reportSkipped = (issues: readonly Issue[]) => {
        if (++shown <= SKIPS_SHOWN) for (const issue of issues) terminal.err(describeIssue(issue).trim());
      };
      const workers = options.workers ?? (history.size < SMALL_HISTORY_BYTES ? 1 : availableParallelism());
      const replayed = workers > 1
        ? replayInWorkers({ history, file, dir: client.dir, ...(other ? { against: other.dir } : {}), workers, tally, skipsShown: SKIPS_SHOWN, onSkipped: reportSkipped, onRead: bar.tick })
        : replayHistory({ history, file, desk: client.desk, ...(other ? { against: other.desk } : {}), tally, onSkipped: reportSkipped, onRead: bar.tick });
      await replayed.finally(() => bar.stop());
      const summary = tally.summary();
      if (summary.skipped > SKIPS_SHOWN) terminal.err(messages.moreSkipped(summary.skipped - SKIPS_SHOWN));
      if (options.json === true) terminal.out(JSON.stringify(summary, null, 2));
      else for (const line of replayReport(summary, file, terminal)) terminal.out(line);
      if (options.quiet !== true) terminal.err(replayTiming(summary.requests, (performance.now() - started) / 1000));
    });
};

/** `--workers`: a whole number of threads, at least 1. */
function workerCount(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1) throw new InvalidArgumentError(messages.workerCount(value));
  return workers;
}
