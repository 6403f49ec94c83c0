import { groupDigits } from '../format/amount';
import { columns } from '../format/columns';
import { styleOf, type Style } from '../format/style';
import type { Terminal } from '../terminal';
import { changeKinds, type ChangeKind } from './decisionChanges';
import type { Counts, DecisionCounts, ReplaySummary } from './tally';

const percent = (part: number, whole: number) => `${whole === 0 ? '0.0' : ((part / whole) * 100).toFixed(1)}%`;
const signed = (amount: string) => (amount.startsWith('-') ? amount : `+${amount}`);
const count = (times: number) => groupDigits(String(times));
const named = (side: DecisionCounts) => `${side.client} (${side.dir})`;
/** `this: ` and `against: ` before a line about one side, when there are two. */
const sideName = (sides: readonly DecisionCounts[], i: number) => (sides.length === 1 ? '' : i === 0 ? 'this: ' : 'against: ');

/** How each kind of change is named in the report. */
const changeNames: Record<ChangeKind, string> = {
  topOffer: 'another top offer',
  offers: 'other offers shown',
  approvals: 'another approval for an offer both show',
  costs: 'another cost for an offer both show',
  withheld: 'other withheld reasons',
};

/**
 * The summary of a replay for a person: counts, then a table for each
 * breakdown; with `--against`, what changed and both clients side by side.
 */
export function replayReport(summary: ReplaySummary, file: string, terminal: Pick<Terminal, 'colour'> = {}): string[] {
  const style = styleOf(terminal);
  const { decisions, against } = summary;
  const sides = against ? [summary, against] : [summary];
  return [
    style.bold(`${named(summary)} · ${file} · ${count(summary.requests)} requests: ${count(decisions)} decided, ${count(summary.skipped)} skipped`),
    ...(against === undefined
      ? []
      : [
          style.bold(`against ${named(against)}: ${count(against.changed.decisions)} of ${count(decisions)} decisions (${percent(against.changed.decisions, decisions)}) change`),
          ...columns(changeKinds.map((kind) => [`  ${changeNames[kind]}`, count(against.changed[kind])]), [false, true]),
        ]),
    '',
    ...table(style, ['top offer', 'id'], sides, (side) => side.topOffer, (id) => [summary.labels[id] ?? against?.labels[id] ?? 'nothing offered', id], decisions),
    '',
    ...sides.map((side, i) => `${sideName(sides, i)}offers per decision: ${side.offersPerDecision.mean} on average (${Object.entries(side.offersPerDecision.decisions).map(([offers, times]) => `${offers}: ${count(times)}`).join(', ')})`),
    ...sides.map((side, i) => `${sideName(sides, i)}cost of the top offers: ${groupDigits(side.cost.total)} ${side.cost.currency} in total, ${groupDigits(side.cost.mean)} per decision`),
    ...(against === undefined ? [] : [`difference in the cost of the top offers: ${signed(groupDigits(against.costDifference))} ${against.cost.currency}`]),
    '',
    ...table(style, ['withheld as'], sides, (side) => side.withheld, (why) => [why]),
    '',
    ...table(style, ['approval'], sides, (side) => side.approvals, (level) => [level]),
    '',
    ...sides.map((side, i) => `${sideName(sides, i)}recall candidates (watched SKU × reason, flagged recall-candidate): ${count(side.recallCandidates)} (${percent(side.recallCandidates, decisions)})`),
  ];
}

/**
 * Counts as a table: the key's cells, then each side's count (with a second
 * side, the change); with `whole`, a single side's share of it too.
 */
function table(
  style: Style,
  header: readonly string[],
  sides: readonly DecisionCounts[],
  countsOf: (side: DecisionCounts) => Counts,
  cells: (key: string) => string[],
  whole?: number,
): string[] {
  const [first, second] = sides.map(countsOf) as [Counts, Counts | undefined];
  const keys = [...new Set([...Object.keys(first), ...Object.keys(second ?? {})])];
  if (keys.length === 0) return [`${style.bold(`${header[0]}:`)} none`];
  const rows = keys.map((key) => {
    const times = first[key] ?? 0;
    if (second === undefined) return [...cells(key), count(times), ...(whole === undefined ? [] : [percent(times, whole)])];
    const otherTimes = second[key] ?? 0;
    return [...cells(key), count(times), count(otherTimes), otherTimes === times ? '' : signed(count(otherTimes - times))];
  });
  const titles = second === undefined ? ['decisions', ...(whole === undefined ? [] : ['share'])] : ['this', 'against', 'change'];
  const [head, ...body] = columns([[...header, ...(second === undefined && whole === undefined ? ['times'] : titles)], ...rows], [...header.map(() => false), true, true, true]);
  return [style.bold(head!), ...body];
}

/** How long the replay took, for standard error: `replayed 1000 requests in 0.9 s (1111 a second)`. */
export function replayTiming(requests: number, seconds: number): string {
  return `replayed ${requests} requests in ${seconds.toFixed(1)} s (${Math.round(requests / Math.max(seconds, 0.001))} a second)`;
}
