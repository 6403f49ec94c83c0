import * as Plot from '@observablehq/plot';
import type { AcceptanceRow, Calibration, Experiment, SpendRow } from '../../report/reportTypes';
import { chart, labelMargin } from '../html/chart';
import { formatAmount, formatCount, formatPercent, formatPoints } from '../html/format';
import type { Markup } from '../html/markup';

/** The report's colours: one per meaning, the same in every chart. */
export const colours = { treatment: '#1f5fbf', holdout: '#7b8794', observed: '#1f5fbf', prior: '#c0661f', ranked: '#6b4fbb', learned: '#1b7f4b', interval: '#aab4bf' };

/** Rows of acceptance the chart shows; the table lists them all. */
export const ACCEPTANCE_ROWS = 16;
/** Agents the spend chart shows; the table lists them all. */
export const AGENT_ROWS = 12;

const WIDTH = 520;

/** Save rate of each group, with its 95% interval. */
export function groupChart(experiment: Experiment): Markup {
  const rows = [
    { group: 'Treatment', ...experiment.treatment.saveRate, colour: colours.treatment },
    { group: 'Holdout', ...experiment.holdout.saveRate, colour: colours.holdout },
  ];
  return chart(
    {
      width: WIDTH, height: 150, marginLeft: 78, marginRight: 56, marginBottom: 36,
      x: { domain: [0, 100], percent: true, grid: true, label: 'save rate (%) →' },
      y: { domain: rows.map((row) => row.group), label: null },
      style: { fontSize: '12px' },
      marks: [
        Plot.ruleY(rows, { y: 'group', x1: 'low', x2: 'high', stroke: 'colour', strokeWidth: 4, strokeOpacity: 0.35 }),
        Plot.dot(rows, { y: 'group', x: 'estimate', fill: 'colour', r: 6 }),
        Plot.text(rows, { y: 'group', x: 'high', text: (row: (typeof rows)[number]) => formatPercent(row.estimate), dx: 8, textAnchor: 'start', fontWeight: 600 }),
      ],
    },
    'Share of decisions where the customer kept the order; bars are 95% Wilson intervals.',
  );
}

/** The lift (treatment − holdout) with its 95% interval, against zero. */
export function liftChart(experiment: Experiment): Markup {
  const { lift } = experiment;
  const reach = Math.max(0.05, Math.abs(lift.low), Math.abs(lift.high)) * 100 * 1.15;
  const row = [{ label: 'Lift', estimate: lift.estimate * 100, low: lift.low * 100, high: lift.high * 100 }];
  const colour = lift.low > 0 ? colours.learned : lift.high < 0 ? colours.prior : colours.holdout;
  return chart(
    {
      width: WIDTH, height: 110, marginLeft: 78, marginRight: 56, marginBottom: 36,
      x: { domain: [-reach, reach], grid: true, label: 'treatment − holdout (percentage points) →' },
      y: { label: null },
      style: { fontSize: '12px' },
      marks: [
        Plot.ruleX([0], { stroke: '#1d232b', strokeDasharray: '3,3' }),
        Plot.ruleY(row, { y: 'label', x1: 'low', x2: 'high', stroke: colour, strokeWidth: 4, strokeOpacity: 0.45 }),
        Plot.dot(row, { y: 'label', x: 'estimate', fill: colour, r: 6 }),
        Plot.text(row, { y: 'label', x: 'high', text: () => formatPoints(lift.estimate), dx: 8, textAnchor: 'start', fontWeight: 600 }),
      ],
    },
    'Newcombe 95% interval for the difference; left of the dashed line the offers did worse than nothing.',
  );
}

/** Prior, ranking rate, learned rate and observed acceptance of the most-shown offer × reason pairs. */
export function acceptanceChart(rows: readonly AcceptanceRow[]): Markup {
  const shown = rows.filter((row) => row.shownFirst > 0).slice(0, ACCEPTANCE_ROWS);
  const name = (row: AcceptanceRow) => `${shorten(row.label, 34)} · ${row.reason}`;
  const names = shown.map(name);
  const series = ['observed', 'prior', 'ranked by', ...(shown.some((row) => row.learned !== null) ? ['learned'] : [])];
  const points = shown.flatMap((row) => [
    { name: name(row), series: 'observed', value: row.observed.estimate },
    ...(row.prior === null ? [] : [{ name: name(row), series: 'prior', value: row.prior }]),
    { name: name(row), series: 'ranked by', value: row.ranked.mean },
    ...(row.learned === null ? [] : [{ name: name(row), series: 'learned', value: row.learned.rate }]),
  ]);
  const intervals = shown.map((row) => ({ name: name(row), low: row.observed.low, high: row.observed.high }));
  return chart(
    {
      width: 1060, height: 70 + 26 * shown.length, marginLeft: labelMargin(names, 320), marginRight: 24, marginTop: 36,
      x: { domain: [0, 100], percent: true, grid: true, label: 'acceptance (%) →', axis: 'top' },
      y: { domain: names, label: null },
      color: { domain: series, range: [colours.observed, colours.prior, colours.ranked, colours.learned], legend: true },
      symbol: { domain: series, range: ['circle', 'circle', 'triangle', 'diamond'] },
      style: { fontSize: '12px' },
      marks: [
        Plot.ruleY(intervals, { y: 'name', x1: 'low', x2: 'high', stroke: colours.interval, strokeWidth: 3 }),
        // The prior is a tick: a guess to compare with, where the other marks are measured or learned.
        Plot.tickX(points.filter((point) => point.series === 'prior'), { y: 'name', x: 'value', stroke: 'series', strokeWidth: 2.5 }),
        Plot.dot(points.filter((point) => point.series !== 'prior'), { y: 'name', x: 'value', fill: 'series', symbol: 'series', r: 5 }),
      ],
    },
    `Observed: how often the offer was taken when ranked first (decided decisions), with its 95% interval. ` +
      `Prior: the catalog's acceptRate. Ranked by: the mean rate that ranked it. ` +
      (rows.length > shown.length ? `The ${formatCount(shown.length)} pairs shown most; the table lists all ${formatCount(rows.length)}.` : ''),
  );
}

/** Predicted against observed acceptance of first-ranked offers, bin by bin, against the diagonal. */
export function calibrationChart(calibration: Calibration): Markup {
  const bins = calibration.bins.map((bin) => ({ ...bin, estimate: bin.observed.estimate, low: bin.observed.low, high: bin.observed.high }));
  return chart(
    {
      width: WIDTH, height: 400, marginLeft: 48, marginBottom: 40, marginRight: 20,
      x: { domain: [0, 100], percent: true, grid: true, label: 'predicted acceptance (%) →' },
      y: { domain: [0, 100], percent: true, grid: true, label: '↑ observed acceptance (%)' },
      r: { range: [3, 12] },
      style: { fontSize: '12px' },
      marks: [
        Plot.line([[0, 0], [1, 1]], { stroke: colours.holdout, strokeDasharray: '4,4' }),
        Plot.ruleX(bins, { x: 'predicted', y1: 'low', y2: 'high', stroke: colours.interval, strokeWidth: 3 }),
        Plot.dot(bins, { x: 'predicted', y: 'estimate', r: 'decisions', fill: colours.observed, fillOpacity: 0.85 }),
        Plot.text(bins, { x: 'predicted', y: 'estimate', text: (bin: (typeof bins)[number]) => `n ${formatCount(bin.decisions)}`, dx: 16, textAnchor: 'start', fill: '#5b6470' }),
      ],
    },
    'Each dot is one bin of predicted rates of the offer ranked first; on the dashed line the rates were right. Dot size: decisions.',
  );
}

/** Concession spend per row (level or agent), largest amounts labelled. */
export function spendChart(rows: readonly SpendRow[], currency: string, name: (row: SpendRow) => string, caption: string): Markup {
  const bars = rows.map((row) => ({ name: name(row), total: Number(row.total), label: formatAmount(row.total, currency) }));
  // Room right of the longest bar for its amount.
  const most = Math.max(1, ...bars.map((bar) => bar.total)) * 1.35;
  return chart(
    {
      width: WIDTH, height: 50 + 28 * bars.length, marginLeft: labelMargin(bars.map((bar) => bar.name), 160), marginRight: 20,
      x: { domain: [0, most], grid: true, label: `spend (${currency}) →`, tickFormat: thousands, ticks: 4 },
      y: { domain: bars.map((bar) => bar.name), label: null },
      style: { fontSize: '12px' },
      marks: [
        Plot.barX(bars, { y: 'name', x: 'total', fill: colours.treatment, fillOpacity: 0.8 }),
        Plot.text(bars, { y: 'name', x: 'total', text: 'label', dx: 6, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    },
    caption,
  );
}

/** 250000 → "250k": axis ticks, where the bars' own labels carry the exact amounts. */
function thousands(value: number): string {
  return value >= 1000 ? `${formatCount(value / 1000)}k` : formatCount(value);
}

function shorten(text: string, most: number): string {
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}
