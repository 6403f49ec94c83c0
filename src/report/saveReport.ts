import * as z from 'zod';
import { SavedeskError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { minorDigits } from '../money/currency';
import type { ValidConfig } from '../schema/config';
import type { Outcome } from '../schema/outcome';
import { parseIssues } from '../pipeline/validate/zodIssues';
import { AcceptanceTally, type LearnedRates } from './acceptance';
import { CalibrationTally } from './calibration';
import { ExperimentTally } from './experiment';
import type { SaveReport } from './reportTypes';
import { SpendTally } from './spend';

const openRate = z.number().gt(0).lt(1);

/** The numeric options of {@link saveReport}, checked before any outcome is read. */
export const SaveReportOptionsSchema = z.strictObject({
  lift: openRate.default(0.02).describe('The lift the sample size is planned for: 0.02 = 2 points of save rate.'),
  power: openRate.default(0.8).describe('The chance of detecting that lift when it is there.'),
  alpha: openRate.default(0.05).describe('The two-sided significance level.'),
  calibrationBins: z.number().int().min(1).max(100).default(10).describe('Equal-width bins of predicted acceptance.'),
});

/** Options for {@link saveReport}. */
export type SaveReportOptions = z.input<typeof SaveReportOptionsSchema> & {
  /** The learned rate of each offer × reason (e.g. from an acceptance model), shown next to the prior and the observed rate. */
  readonly learned?: LearnedRates;
};

/** The parts of a client config the report reads: `loadClient(dir).config`. */
export type ReportConfig = Pick<ValidConfig, 'client' | 'currency' | 'catalog' | 'policy'>;

/**
 * Folds a client's outcomes (what `ledger.outcomes()` yields or an exported
 * NDJSON file holds, each as {@link OutcomeSchema} parses it) into the
 * numbers of the save report: save rate in treatment against holdout with a
 * 95% interval for the lift, incremental saves and what each cost,
 * acceptance by offer × reason, calibration, concession spend by level and
 * agent, approvals, and the decisions still needed to detect `options.lift`.
 *
 * Pure and streaming: it reads each outcome once and keeps one cell per
 * group, offer × reason, level, agent and bin, never the outcomes, so a
 * ledger of any size takes the same memory. From an async iterable it
 * returns a promise. Outcomes of another client or currency are counted in
 * `outcomes` and left out of every figure.
 * @throws SavedeskError with code `invalid-input` when an option is out of range.
 * @example
 * ```ts
 * const report = await saveReport(ledger.outcomes({ clientId: 'nordhem' }), config);
 * report.experiment?.lift; // { estimate: 0.061, low: 0.032, high: 0.089 }
 * ```
 */
export function saveReport(outcomes: Iterable<Outcome>, config: ReportConfig, options?: SaveReportOptions): SaveReport;
export function saveReport(outcomes: AsyncIterable<Outcome>, config: ReportConfig, options?: SaveReportOptions): Promise<SaveReport>;
export function saveReport(
  outcomes: Iterable<Outcome> | AsyncIterable<Outcome>,
  config: ReportConfig,
  options: SaveReportOptions = {},
): SaveReport | Promise<SaveReport> {
  const fold = reportFold(config, options);
  if (Symbol.asyncIterator in outcomes) {
    return (async () => {
      for await (const outcome of outcomes) fold.add(outcome);
      return fold.result();
    })();
  }
  for (const outcome of outcomes) fold.add(outcome);
  return fold.result();
}

function reportFold(config: ReportConfig, options: SaveReportOptions) {
  const { learned, ...numbers } = options;
  const parsed = parseIssues(SaveReportOptionsSchema, numbers);
  if (parsed.issues) throw new SavedeskError('invalid-input', messages.reportOptions(parsed.issues.length), parsed.issues);
  const plan = parsed.data;
  const digits = minorDigits(config.currency);
  const experiment = new ExperimentTally();
  const acceptance = new AcceptanceTally();
  const calibration = new CalibrationTally(plan.calibrationBins);
  const spend = new SpendTally();
  const counts = { read: 0, counted: 0, otherClient: 0, otherCurrency: 0, accepted: 0, declined: 0, open: 0 };
  let period: { from: string; fromTime: number; to: string; toTime: number } | null = null;

  return {
    add(outcome: Outcome): void {
      counts.read += 1;
      if (outcome.clientId !== config.client.id) counts.otherClient += 1;
      else if (outcome.currency !== config.currency) counts.otherCurrency += 1;
      else {
        counts.counted += 1;
        counts[outcome.result.status] += 1;
        // Compared as instants: "…+05:30" and "…Z" texts do not sort by time.
        const time = Date.parse(outcome.at);
        if (period === null) period = { from: outcome.at, fromTime: time, to: outcome.at, toTime: time };
        else if (time < period.fromTime) Object.assign(period, { from: outcome.at, fromTime: time });
        else if (time > period.toTime) Object.assign(period, { to: outcome.at, toTime: time });
        experiment.add(outcome);
        acceptance.add(outcome);
        calibration.add(outcome);
        spend.add(outcome);
      }
    },
    result(): SaveReport {
      const money = spend.result(config, digits);
      return {
        clientId: config.client.id,
        clientName: config.client.name,
        currency: config.currency,
        period: period === null ? null : { from: period.from, to: period.to },
        outcomes: { ...counts },
        overall: experiment.overallResult(digits),
        experiment: experiment.result(digits, plan),
        acceptance: acceptance.result(config, learned),
        calibration: calibration.result(),
        spend: money.spend,
        approvals: money.approvals,
      };
    },
  };
}
