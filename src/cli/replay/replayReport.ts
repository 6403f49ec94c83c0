import { columns } from '../format/columns';
import type { Counts, ReplaySummary } from './tally';

const percent = (part: number, whole: number) => `${whole === 0 ? '0.0' : ((part / whole) * 100).toFixed(1)}%`;
const signed = (amount: string) => (amount.startsWith('-') ? amount : `+${amount}`);

/** The summary of a replay for a person: counts, then a table for each breakdown. */
export function replayReport(summary: ReplaySummary, file: string): string[] {
  const { cost, decisions } = summary;
  const lines = [
    `${summary.client} · ${file} · ${summary.requests} requests: ${decisions} decided, ${summary.skipped} skipped`,
    '',
    ...table(['top offer', 'decisions', 'share'], summary.topOffer, decisions),
    '',
    `offers per decision: ${summary.offersPerDecision.mean} on average (${Object.entries(summary.offersPerDecision.decisions).map(([offers, times]) => `${offers}: ${times}`).join(', ')})`,
    `cost of the top offers: ${cost.total} ${cost.currency} in total, ${cost.mean} per decision`,
    '',
    ...table(['withheld as', 'times'], summary.withheld),
    '',
    ...table(['approval', 'offers'], summary.approvals),
    '',
    `recall candidates (watched SKU × reason, flagged recall-candidate): ${summary.recallCandidates} (${percent(summary.recallCandidates, decisions)})`,
  ];
  const against = summary.against;
  if (against === undefined) return lines;
  return [
    ...lines,
    '',
    `against ${against.client}: ${against.topOfferChanged} of ${decisions} decisions (${percent(against.topOfferChanged, decisions)}) change their top offer`,
    `cost of the top offers: ${against.cost.total} ${against.cost.currency} in total (${signed(against.cost.difference)}), ${against.cost.mean} per decision`,
  ];
}

/** Counts as a table; with `whole`, each count's share of it too. */
function table(header: readonly string[], counts: Counts, whole?: number): string[] {
  const rows = Object.entries(counts).map(([name, times]) => [name, String(times), ...(whole === undefined ? [] : [percent(times, whole)])]);
  if (rows.length === 0) return [`${header[0]}: none`];
  return columns([header, ...rows], [false, true, true]);
}

/** How long the replay took, for standard error: `replayed 1000 requests in 0.9 s (1111 a second)`. */
export function replayTiming(requests: number, seconds: number): string {
  return `replayed ${requests} requests in ${seconds.toFixed(1)} s (${Math.round(requests / Math.max(seconds, 0.001))} a second)`;
}
