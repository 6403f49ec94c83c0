import type { AcceptanceRow, ApprovalRow, CalibrationBin, Experiment, GroupResult, SaveReport, SpendRow } from '../../report/reportTypes';
import type { Interval } from '../../stats/interval';
import { formatAmount, formatCount, formatPercent, formatPercentRange, formatPoints, formatPointsRange, formatPointsSize } from '../html/format';
import { html, type Fragment, type Markup } from '../html/markup';
import { htmlPage } from '../html/page';
import { table, type Column } from '../html/table';
import { acceptanceChart, AGENT_ROWS, calibrationChart, groupChart, liftChart, spendChart } from './reportCharts';

/** Where the outcomes came from, for the page's header. */
export interface ReportSource {
  /** The file, or the ledger (its URL without credentials). */
  readonly name: string;
  /** Lines of the file that were not outcomes, skipped. */
  readonly skipped: number;
  /** The acceptance model whose rates are shown as "learned", when one was given. */
  readonly model?: string;
}

const STYLE = `
.chart.wide { grid-column: 1 / -1; }
.figure .versus { font-size: 20px; font-weight: 500; color: var(--muted); }
td.num { white-space: nowrap; }
.headline-source { margin-top: 2px; }
`;

/**
 * The save report as one self-contained HTML page: headline figures first,
 * then charts, then the tables behind them, then how to read it. The same
 * report gives the same bytes: nothing here reads the clock, the locale or
 * the time zone.
 */
export function reportPage(report: SaveReport, source: ReportSource): string {
  const money = (amount: string) => formatAmount(amount, report.currency);
  const body = html`
<header>
<h1>Save report · ${report.clientName}</h1>
<p class="meta">${report.clientId} · ${formatCount(report.outcomes.counted)} decisions${report.period === null ? '' : html` from ${report.period.from.slice(0, 10)} to ${report.period.to.slice(0, 10)}`} · ${source.name}${
    source.skipped > 0 ? html` · ${formatCount(source.skipped)} invalid ${source.skipped === 1 ? 'line' : 'lines'} skipped` : ''
  }</p>
</header>
${report.experiment === null ? noExperiment(report, money) : headline(report.experiment, money)}
${chartsSection(report)}
<h2>Tables</h2>
${groupsTable(report, money)}
${report.experiment?.sampleSize ? sampleSizeTable(report.experiment) : ''}
<h3>Acceptance by offer × reason</h3>
${acceptanceTable(report.acceptance)}
<h3>Calibration of the first-ranked offer</h3>
${calibrationTable(report)}
<h3>Concession spend by level</h3>
${spendTable(report.spend.byLevel, 'Level', (row) => row.key ?? '', money)}
<h3>Concession spend by agent</h3>
${spendTable(report.spend.byAgent, 'Agent', agentName, money)}
<h3>Approvals</h3>
${approvalsTable(report.approvals, money)}
<h3>Outcomes read</h3>
${outcomesTable(report, source)}
${howToRead(source)}`;
  return htmlPage({ title: `Save report · ${report.clientName}`, body, style: STYLE });
}

type Money = (amount: string) => string;

/** The charts, each only when there is something to draw. */
function chartsSection(report: SaveReport): Markup {
  const { experiment, spend } = report;
  if (report.outcomes.counted === 0) return html`<h2>Charts</h2><p class="note">No decisions to chart.</p>`;
  const byLevel = 'By the level that gave it: the approver\'s when approved, else the caller\'s.';
  const byAgent = spend.byAgent.length > AGENT_ROWS ? `By agent: the ${AGENT_ROWS} who gave the most; the table lists all ${formatCount(spend.byAgent.length)}.` : 'By agent.';
  return html`<h2>Charts</h2>
<div class="charts">
${experiment === null ? '' : [groupChart(experiment), liftChart(experiment)]}
${report.acceptance.some((row) => row.shownFirst > 0) ? html`<div class="chart wide"><h3>Acceptance by offer × reason</h3>${acceptanceChart(report.acceptance)}</div>` : ''}
${report.calibration.decisions > 0 ? html`<div><h3>Calibration</h3>${calibrationChart(report.calibration)}</div>` : ''}
${spend.concessions > 0
    ? html`<div><h3>Concession spend</h3>${spendChart(spend.byLevel, report.currency, (row) => row.key ?? '', byLevel)}${spendChart(spend.byAgent.slice(0, AGENT_ROWS), report.currency, agentName, byAgent)}</div>`
    : ''}
</div>`;
}

function figure(label: string, value: Fragment, detail: Fragment): Markup {
  return html`<div class="figure"><div class="label">${label}</div><div class="value">${value}</div><div class="detail">${detail}</div></div>`;
}

const points = (interval: Interval) => formatPointsRange(interval.low, interval.high);
const interval = (value: Interval) => formatPercentRange(value.low, value.high);

function headline(experiment: Experiment, money: Money): Markup {
  const { treatment, holdout, lift, incrementalSaves, costPerIncrementalSave: cost } = experiment;
  const costDetail =
    cost.estimate === null
      ? 'no lift measured, so no cost per save'
      : cost.high === null
        ? `95%: from ${money(cost.low!)}, no upper bound (the lift may be zero)`
        : `95%: ${money(cost.low!)} to ${money(cost.high)}`;
  return html`
<section class="figures">
${figure('Save rate', html`${formatPercent(treatment.saveRate.estimate)} <span class="versus">vs ${formatPercent(holdout.saveRate.estimate)}</span>`, `treatment (${formatCount(treatment.decisions)} decisions) vs holdout (${formatCount(holdout.decisions)})`)}
${figure('Lift', formatPoints(lift.estimate), `95% interval ${points(lift)}`)}
${figure('Incremental saves', formatCount(incrementalSaves.estimate), `95% interval ${formatCount(Math.max(0, incrementalSaves.low))} to ${formatCount(Math.max(0, incrementalSaves.high))}, of ${formatCount(treatment.saves)} saves`)}
${figure('Cost per incremental save', cost.estimate === null ? '—' : money(cost.estimate), costDetail)}
</section>
${verdict(experiment)}`;
}

function verdict(experiment: Experiment): Markup {
  const { lift, sampleSize: plan } = experiment;
  const range = `95% interval ${points(lift)}`;
  const finding =
    lift.low > 0
      ? html`<p class="verdict good">The offers kept more orders than offering nothing: ${formatPoints(lift.estimate)} (${range}).`
      : lift.high < 0
        ? html`<p class="verdict warn">Customers who were offered something kept fewer orders than the holdout: ${formatPoints(lift.estimate)} (${range}).`
        : html`<p class="verdict warn">The lift cannot be told apart from zero yet: ${formatPoints(lift.estimate)} (${range}).`;
  if (plan === null) return html`${finding}</p>`;
  const target = `a lift as small as ${formatPointsSize(plan.lift)}`;
  const detect = plan.detectableLift === null ? '' : ` The decisions so far detect a lift of ${formatPointsSize(plan.detectableLift)} or more.`;
  return html`${finding} ${
    plan.moreDecisions === 0
      ? `There are enough decisions to detect ${target} with ${formatPercent(plan.power, 0)} power.`
      : `To detect ${target} with ${formatPercent(plan.power, 0)} power, about ${formatCount(plan.moreDecisions)} more decisions are needed at the current split.`
  }${detect}</p>`;
}

function noExperiment(report: SaveReport, money: Money): Markup {
  const { overall, spend } = report;
  return html`
<section class="figures">
${figure('Save rate', formatPercent(overall.saveRate.estimate), `95% interval ${interval(overall.saveRate)}`)}
${figure('Saves', formatCount(overall.saves), `of ${formatCount(overall.decisions)} decisions`)}
${figure('Concession spend', money(spend.total), `${formatCount(spend.concessions)} concessions`)}
${figure('Cost per save', overall.costPerSave === null ? '—' : money(overall.costPerSave), 'not incremental: no holdout')}
</section>
<p class="verdict warn">No holdout: these saves include customers who would have kept the order anyway. Set <code>policy.holdout</code> to keep a share of customers out, and this report measures what the offers add.</p>`;
}

function agentName(row: SpendRow): string {
  return row.key ?? '(no agent: portal)';
}

const rate = (interval: Interval) => formatPercent(interval.estimate);

function groupsTable(report: SaveReport, money: Money): Markup {
  const groups: [string, GroupResult][] =
    report.experiment === null
      ? [['All decisions', report.overall]]
      : [['Treatment', report.experiment.treatment], ['Holdout', report.experiment.holdout]];
  const columns: Column<[string, GroupResult]>[] = [
    { label: 'Group', cell: ([name]) => name },
    { label: 'Decisions', cell: ([, group]) => formatCount(group.decisions), numeric: true },
    { label: 'Saves', cell: ([, group]) => formatCount(group.saves), numeric: true },
    { label: 'Open', cell: ([, group]) => formatCount(group.open), numeric: true, title: 'Nothing heard yet' },
    { label: 'Save rate', cell: ([, group]) => rate(group.saveRate), numeric: true },
    { label: '95% interval', cell: ([, group]) => interval(group.saveRate), numeric: true },
    { label: 'Spend', cell: ([, group]) => money(group.spend), numeric: true },
  ];
  const ungrouped = report.experiment?.ungrouped ?? 0;
  return html`<h3>Save rate by group</h3>${table(columns, groups)}${
    ungrouped > 0 ? html`<p class="note">${formatCount(ungrouped)} decisions have no group (made before the holdout was set up) and are left out of the comparison.</p>` : ''
  }`;
}

function sampleSizeTable(experiment: Experiment): Markup {
  const plan = experiment.sampleSize!;
  const rows: [string, string][] = [
    ['Lift to detect', formatPointsSize(plan.lift)],
    ['Power, two-sided α', `${formatPercent(plan.power, 0)}, ${plan.alpha}`],
    ['Holdout save rate (baseline)', formatPercent(plan.baseline)],
    ['Holdout share (current split)', formatPercent(plan.holdoutShare)],
    ['Decisions needed: holdout', formatCount(plan.needed.holdout)],
    ['Decisions needed: treatment', formatCount(plan.needed.treatment)],
    ['More decisions needed', formatCount(plan.moreDecisions)],
    ['Smallest lift these decisions detect', plan.detectableLift === null ? '—' : formatPointsSize(plan.detectableLift)],
  ];
  return html`<h3>Sample size</h3>${table<[string, string]>([{ label: 'Plan', cell: ([name]) => name }, { label: '', cell: ([, value]) => value, numeric: true }], rows)}`;
}

function acceptanceTable(rows: readonly AcceptanceRow[]): Markup {
  if (rows.length === 0) return html`<p class="note">No offer was shown.</p>`;
  const learned = rows.some((row) => row.learned !== null);
  const columns: Column<AcceptanceRow>[] = [
    { label: 'Offer', cell: (row) => row.label, title: 'The catalog label' },
    { label: 'Reason', cell: (row) => row.reason },
    { label: 'Prior', cell: (row) => (row.prior === null ? '—' : formatPercent(row.prior)), numeric: true, title: "The catalog's acceptRate (or policy.defaultAcceptRate)" },
    { label: 'Ranked by', cell: (row) => formatPercent(row.ranked.mean), numeric: true, title: 'Mean rate that ranked it, as recorded' },
    { label: 'Learned share', cell: (row) => formatPercent(row.ranked.learnedShare, 0), numeric: true, title: 'Share of showings ranked by a learned rate' },
    ...(learned
      ? [{ label: 'Model', cell: (row: AcceptanceRow) => (row.learned === null ? '—' : `${formatPercent(row.learned.rate)} (n ${formatCount(row.learned.outcomes)})`), numeric: true, title: 'The learned rate in the client folder’s acceptance.json (what savedesk learn wrote)' }]
      : []),
    { label: 'Observed', cell: (row) => (row.shownFirst === 0 ? '—' : rate(row.observed)), numeric: true, title: 'Taken when ranked first, of decided decisions' },
    { label: '95% interval', cell: (row) => (row.shownFirst === 0 ? '—' : interval(row.observed)), numeric: true },
    { label: 'n first', cell: (row) => formatCount(row.shownFirst), numeric: true, title: 'Decided decisions where it was ranked first' },
    { label: 'Shown', cell: (row) => formatCount(row.shown), numeric: true, title: 'At any rank, open decisions included' },
    { label: 'Taken lower', cell: (row) => formatCount(row.acceptedLower), numeric: true, title: 'Taken when ranked below first (not in Observed)' },
  ];
  return table(columns, rows);
}

function calibrationTable(report: SaveReport): Markup {
  const { calibration } = report;
  if (calibration.decisions === 0) return html`<p class="note">No decided decision with an offer.</p>`;
  const columns: Column<CalibrationBin>[] = [
    { label: 'Predicted', cell: (bin) => `${formatPercent(bin.from, 0)}–${formatPercent(bin.to, 0)}` },
    { label: 'Decisions', cell: (bin) => formatCount(bin.decisions), numeric: true },
    { label: 'Mean predicted', cell: (bin) => formatPercent(bin.predicted), numeric: true },
    { label: 'Observed', cell: (bin) => rate(bin.observed), numeric: true },
    { label: '95% interval', cell: (bin) => interval(bin.observed), numeric: true },
  ];
  return html`${table(columns, calibration.bins)}<p class="note">Brier score ${calibration.brier!.toFixed(4)} over ${formatCount(calibration.decisions)} decisions (0 is perfect; always predicting 50% scores 0.25).</p>`;
}

function spendTable(rows: readonly SpendRow[], label: string, name: (row: SpendRow) => string, money: Money): Markup {
  if (rows.length === 0) return html`<p class="note">No concession was given.</p>`;
  return table<SpendRow>(
    [
      { label, cell: name },
      { label: 'Concessions', cell: (row) => formatCount(row.concessions), numeric: true },
      { label: 'Spend', cell: (row) => money(row.total), numeric: true },
      { label: 'Mean', cell: (row) => money(row.mean), numeric: true },
    ],
    rows,
  );
}

function approvalsTable(rows: readonly ApprovalRow[], money: Money): Markup {
  if (rows.length === 0) return html`<p class="note">No offer shown needed an approval.</p>`;
  return html`${table<ApprovalRow>(
    [
      { label: 'Approval by', cell: (row) => row.level },
      { label: 'Offers shown needing it', cell: (row) => formatCount(row.shown), numeric: true },
      { label: 'Given (accepted)', cell: (row) => formatCount(row.given), numeric: true },
      { label: 'Spend', cell: (row) => money(row.spend), numeric: true },
    ],
    rows,
  )}<p class="note">An outcome records an approval only when the offer was accepted: an approval asked for and refused looks like a decline.</p>`;
}

function outcomesTable(report: SaveReport, source: ReportSource): Markup {
  const { outcomes } = report;
  const rows: [string, number][] = [
    ['Outcomes read', outcomes.read],
    ['Invalid lines skipped', source.skipped],
    ['Another client (not counted)', outcomes.otherClient],
    ['Another currency (not counted)', outcomes.otherCurrency],
    ['Counted', outcomes.counted],
    ['Accepted', outcomes.accepted],
    ['Declined', outcomes.declined],
    ['Open (nothing heard yet)', outcomes.open],
  ];
  return table<[string, number]>([{ label: '', cell: ([name]) => name }, { label: 'Count', cell: ([, count]) => formatCount(count), numeric: true }], rows);
}

function howToRead(source: ReportSource): Markup {
  return html`
<h2>How to read this report</h2>
<p><b>A save</b> is a decision where the customer kept the order. Where offers were shown, that is an offer accepted. Where none was (every holdout decision, and a treatment decision with nothing eligible) there is nothing to accept, and a return that goes ahead is recorded as declined: there a decision with nothing recorded (open) is an order kept. An outcome cannot tell kept from not heard of yet, so report on decisions old enough for their returns to be recorded.</p>
<p><b>Lift</b> is the treatment's save rate minus the holdout's, with Newcombe's hybrid score interval (95%). <b>Incremental saves</b> are the lift times the treatment's decisions: the saves the offers made that would not have happened anyway. <b>Cost per incremental save</b> is what the treatment's accepted offers cost, divided by the incremental saves; its interval comes from the lift's, and has no upper bound while the lift may be zero.</p>
<p><b>Acceptance</b> credits a decline to the offer ranked first only: a customer who turned the whole list down said no to the first offer and may never have weighed the rest. <b>Calibration</b> compares the rate that ranked the first offer with how often it was taken.</p>
<p><b>Sample size</b>: a two-sided two-proportion z-test at the current split between holdout and treatment.${source.model === undefined ? '' : html` Learned rates are from ${source.model}.`}</p>`;
}
