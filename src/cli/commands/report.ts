import { InvalidArgumentError, Option } from 'commander';
import { SavedeskError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import { loadClient } from '../../node/loadClient';
import { saveReport } from '../../report/saveReport';
import { learnedRates } from '../../report/acceptance';
import type { SaveReport } from '../../report/reportTypes';
import { formatCount, formatPercent, formatPoints, formatPointsRange } from '../html/format';
import type { CommandRegistration } from '../main';
import { openOutcomeSource } from '../outcomes/outcomeSource';
import { reportPage } from '../report/reportPage';
import { skippedLines } from '../replay/skippedLines';
import { writeAtomically } from '../../node/writeAtomically';

interface ReportOptions {
  outcomes?: string;
  ledger?: string;
  since?: string;
  until?: string;
  out?: string;
  json?: boolean;
  lift: number;
  quiet?: boolean;
}

/** `savedesk report <client-dir> --outcomes <file> --out report.html`: the save report as one HTML page. */
export const reportCommand: CommandRegistration = (program, terminal) => {
  program
    .command('report')
    .description('Write the save report of a client: saves against the holdout, acceptance, calibration, spend and approvals.')
    .argument('<client-dir>', 'the client folder, e.g. rules/nordhem')
    .addOption(new Option('--outcomes <file>', 'the outcomes, one JSON outcome per line (NDJSON, as the ledger exports them); a .gz file is gunzipped').conflicts('ledger'))
    .option('--ledger <url>', 'read the outcomes from a ledger: pglite:<folder> or postgres://…')
    .option('--since <date-time>', 'only decisions made at or after this ISO date-time', dateTimeOption)
    .option('--until <date-time>', 'only decisions made before this ISO date-time (leave out the latest, whose returns may not be recorded yet)', dateTimeOption)
    .option('--out <file>', 'write the report as one self-contained HTML page (no script, no request)')
    .option('--json', 'print the report data as JSON')
    .option('--lift <points>', 'the lift the sample size is planned for, in percentage points', liftPoints, 0.02)
    .option('--quiet', 'no progress bar')
    .addHelpText('after', `
The page opens with the save rate in treatment against holdout, the lift with
its 95% interval, incremental saves and the cost of each; then charts; then the
tables behind them. A line of the file that is not an outcome is reported with
its number and skipped. Exit code: 0, or 2 when the client does not load or the
outcomes cannot be read.

Examples:
  savedesk report rules/nordhem --outcomes outcomes.ndjson.gz --out report.html
  savedesk report rules/nordhem --ledger pglite:.savedesk/ledger --until 2026-11-01T00:00:00Z --out report.html
  savedesk report rules/nordhem --outcomes outcomes.ndjson --json --lift 1`)
    .action(async (dir: string, options: ReportOptions, command: { error(message: string, options: { exitCode: number }): never }) => {
      if (options.outcomes === undefined && options.ledger === undefined) command.error(messages.reportNeedsOutcomes, { exitCode: 2 });
      if (options.out === undefined && options.json !== true) command.error(messages.reportNeedsOutput, { exitCode: 2 });
      const { config, acceptance } = await loadClient(dir);
      const skipped = skippedLines(terminal);
      const source = await openOutcomeSource({ ...options, clientId: config.client.id, progress: options.quiet !== true && process.stderr.isTTY === true }, (issues) => skipped.skip(issues));
      const report = await saveReport(source.outcomes, config, { lift: options.lift, ...(acceptance === undefined ? {} : { learned: learnedRates(acceptance) }) }).finally(() => source.close());
      skipped.finish();
      if (options.out !== undefined) {
        const page = reportPage(report, { name: source.name, skipped: skipped.count });
        await writeAtomically(options.out, page).catch((error: unknown) => {
          throw new SavedeskError('invalid-input', messages.reportNotWritten, [
            { code: 'unwritable', file: options.out, path: '', message: messages.cannotWrite(error instanceof Error ? error.message : String(error)) },
          ]);
        });
        terminal.out(summaryLine(report, options.out));
      }
      if (options.json === true) terminal.out(JSON.stringify(report, null, 2));
    });
};

/** `--since` / `--until`: an ISO date-time with a zone, as outcomes record `at`. */
function dateTimeOption(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new InvalidArgumentError(messages.reportDateTime);
  }
  return text;
}

/** `--lift 2` is 2 points: 0.02. */
function liftPoints(text: string): number {
  const points = Number(text);
  if (!(points > 0 && points < 100)) throw new InvalidArgumentError(messages.liftPoints);
  return points / 100;
}

/** One line for the terminal: where the page went and its headline. */
function summaryLine(report: SaveReport, out: string): string {
  const head = `wrote ${out}: ${formatCount(report.outcomes.counted)} decisions`;
  const { experiment } = report;
  if (experiment === null) return `${head}, save rate ${formatPercent(report.overall.saveRate.estimate)} (no holdout)`;
  const { lift } = experiment;
  return `${head}, save rate ${formatPercent(experiment.treatment.saveRate.estimate)} vs ${formatPercent(experiment.holdout.saveRate.estimate)} in the holdout, lift ${formatPoints(lift.estimate)} (95% interval ${formatPointsRange(lift.low, lift.high)})`;
}
