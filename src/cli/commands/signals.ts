import { SavedeskError } from '../../errors/SavedeskError';
import { parseJson } from '../../node/readJson';
import { recallAccumulator, type RecallAccumulator } from '../../signals/findRecallCandidates';
import type { CommandRegistration } from '../main';
import { openHistory, type HistoryFile } from '../replay/historyFile';
import { progress } from '../replay/progress';
import { skippedLines, type SkippedLines } from '../replay/skippedLines';
import { readSalesFile } from '../signals/salesFile';
import { signalsPage } from '../signals/signalsPage';
import { countLevels, signalsReport, type SignalsSummary } from '../signals/signalsReport';
import { updateWatch, watchReport } from '../signals/updateWatch';
import { writeAtomically } from '../../node/writeAtomically';

interface SignalsOptions {
  sales?: string;
  window: string;
  safety?: string;
  json?: boolean;
  html?: string;
  watch?: string;
  quiet?: boolean;
}

/** `savedesk signals <history> [--sales sales.csv] [--window days] [--safety …] [--json] [--html out.html] [--watch <client-dir>]`. */
export const signalsCommand: CommandRegistration = (program, terminal) => {
  program
    .command('signals')
    .description('One, few, or many? Find the SKU × reason pairs that many customers return in a window: product problems, recall candidates.')
    .argument('<history>', 'the requests, one JSON request per line (NDJSON); a .gz file is gunzipped')
    .option('--sales <sales.csv>', 'units sold per SKU over the history\'s period: CSV with columns sku,units[,category]')
    .option('--window <days>', 'length of each window in days', '30')
    .option('--safety <reasons>', 'reason codes that are many from the first customer, comma-separated, e.g. injury,fire')
    .option('--json', 'print every SKU × reason × window as JSON')
    .option('--html <out.html>', 'also write a self-contained page with a chart')
    .option('--watch <client-dir>', 'add the many SKU × reason pairs to the client\'s watch.json (existing entries are kept)')
    .option('--quiet', 'no progress bar and no timing')
    .addHelpText('after', `
With --sales, each window's customers are compared with units sold × the
category's rate for the reason (Poisson, Benjamini–Hochberg); without it, with
every other SKU's share of the reason (PRR). The same customer counts once per
window. A line that is not JSON or not a valid request is reported with its
number and skipped, as replay does.
Exit code: 0, or 2 when a file cannot be read or an option is invalid.

Examples:
  savedesk signals history.ndjson.gz --sales sales.csv
  savedesk signals history.ndjson --sales sales.csv --safety injury,fire --watch rules/nordhem`)
    .action(async (file: string, options: SignalsOptions) => {
      const started = performance.now();
      const sales = options.sales === undefined ? undefined : await readSalesFile(options.sales);
      const search = recallAccumulator({
        windowDays: Number(options.window),
        ...(sales === undefined ? {} : { sales }),
        safetyReasons: (options.safety ?? '').split(',').map((reason) => reason.trim()).filter((reason) => reason !== ''),
      });
      const history = await openHistory(file);
      const skipped = skippedLines(terminal);
      const requests = await readInto(search, history, file, skipped, progress(history, options.quiet !== true && process.stderr.isTTY === true, 'reading'));
      skipped.finish();
      const candidates = search.candidates();
      const summary: SignalsSummary = {
        file,
        requests,
        skipped: skipped.count,
        method: sales === undefined ? 'prr' : 'poisson',
        windowDays: Number(options.window),
        levels: countLevels(candidates),
        candidates,
      };
      if (options.html !== undefined) await writeAtomically(options.html, signalsPage(summary));
      if (options.json === true) terminal.out(JSON.stringify(summary, null, 2));
      else for (const line of signalsReport(summary)) terminal.out(line);
      if (options.html !== undefined) terminal.err(`wrote ${options.html}`);
      if (options.watch !== undefined) for (const line of watchReport(await updateWatch(options.watch, candidates))) terminal.err(line);
      if (options.quiet !== true) terminal.err(`read ${requests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
};

/** Feeds every line of the history to the search; a bad line is reported and skipped, never fatal. Returns the requests read. */
async function readInto(search: RecallAccumulator, history: HistoryFile, file: string, skipped: SkippedLines, bar: ReturnType<typeof progress>): Promise<number> {
  let requests = 0;
  try {
    for await (const line of history.lines) {
      if (line.text.trim() === '') continue;
      bar.tick(++requests);
      const where = `${file}:${line.number}`;
      const json = parseJson(line.text, where);
      if (!json.ok) {
        skipped.skip(json.issues);
        continue;
      }
      try {
        search.add(json.value);
      } catch (error) {
        if (!(error instanceof SavedeskError)) throw error;
        skipped.skip(error.issues.map((issue) => ({ ...issue, file: where })));
      }
    }
  } finally {
    bar.stop();
  }
  return requests;
}
