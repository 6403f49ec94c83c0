import { describeIssue, SavedeskConfigError } from '../../errors/SavedeskError';
import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { loadClient } from '../../node/loadClient';
import type { CommandRegistration } from '../main';
import { openHistory } from '../replay/historyFile';
import { progress } from '../replay/progress';
import { replayHistory } from '../replay/replayHistory';
import { replayReport, replayTiming } from '../replay/replayReport';
import { replayTally } from '../replay/tally';

/** Skipped lines reported one by one; past this only their count, so a broken file cannot flood the terminal. */
const SKIPS_SHOWN = 100;

interface ReplayOptions {
  against?: string;
  json?: boolean;
  quiet?: boolean;
}

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
    .addHelpText('after', `
Prints the decisions by top offer, offers per decision, the cost of the top
offers, how often each withheld reason applied and approvals by level. A line
that is not JSON or not a valid request is reported with its number and skipped.
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
      const tally = replayTally(client.config.client.id, client.config.currency, other?.config.client.id);
      const bar = progress(history, options.quiet !== true && process.stderr.isTTY === true);
      let skipped = 0;
      const reportSkipped = (issues: readonly Issue[]) => {
        if (++skipped <= SKIPS_SHOWN) for (const issue of issues) terminal.err(describeIssue(issue).trim());
      };
      await replayHistory({ history, file, desk: client.desk, ...(other ? { against: other.desk } : {}), tally, onSkipped: reportSkipped, onRead: bar.tick }).finally(
        () => bar.stop(),
      );
      if (skipped > SKIPS_SHOWN) terminal.err(messages.moreSkipped(skipped - SKIPS_SHOWN));
      const summary = tally.summary();
      if (options.json === true) terminal.out(JSON.stringify(summary, null, 2));
      else for (const line of replayReport(summary, file)) terminal.out(line);
      if (options.quiet !== true) terminal.err(replayTiming(summary.requests, (performance.now() - started) / 1000));
    });
};
