import { minorDigits } from '../../money/currency';
import { formatMoney, money, Money } from '../../money/money';
import type { Decision } from '../../schema/decision';
import { RECALL_CANDIDATE } from '../../pipeline/decision/assembleDecision';

/** Counts by name, largest first (ties by name), so the same history always prints the same. */
export type Counts = Readonly<Record<string, number>>;

/** The cost of the offers ranked first: what the client pays if every customer takes the top offer. */
export interface TopOfferCost {
  readonly currency: string;
  readonly total: string;
  /** Per decision (a decision without an offer costs nothing), rounded half-up to the currency. */
  readonly mean: string;
}

/** What replaying a history found; `savedesk replay --json` prints it. */
export interface ReplaySummary {
  readonly client: string;
  /** Requests read (blank lines aside). */
  readonly requests: number;
  readonly decisions: number;
  /** Lines that were not JSON or not a valid request, or whose rules failed: reported and skipped. */
  readonly skipped: number;
  /** Decisions by the kind of their top offer; `none` when nothing was offered. */
  readonly topOffer: Counts;
  readonly offersPerDecision: { readonly mean: number; readonly decisions: Counts };
  readonly cost: TopOfferCost;
  /** How often each `withheld` reason applied, over all decisions. */
  readonly withheld: Counts;
  /** Offers shown, by the level that must approve them; `caller` when the caller may give them. */
  readonly approvals: Counts;
  /** Decisions flagged `recall-candidate`: returns of a watched SKU × reason (the client's `watch.json`). */
  readonly recallCandidates: number;
  /** With `--against`: the other client's decisions on the same requests. */
  readonly against?: {
    readonly client: string;
    /** Decisions whose top offer differs (another offer, or an offer on one side only). */
    readonly topOfferChanged: number;
    readonly cost: TopOfferCost & { readonly difference: string };
  };
}

/**
 * A tally's running totals as plain data, to send between threads: counts by
 * name, and sums of money as decimal strings. Merging is addition, so the
 * summary does not depend on how the history was split or in what order the
 * parts came back.
 */
export interface TallyState {
  readonly decisions: number;
  readonly skipped: number;
  readonly offers: number;
  readonly changed: number;
  readonly recallCandidates: number;
  readonly cost: string;
  readonly otherCost: string;
  readonly topOffer: Counts;
  readonly offerCounts: Counts;
  readonly withheld: Counts;
  readonly approvals: Counts;
}

/** Adds decisions up as they come: memory stays the same however long the history. */
export interface ReplayTally {
  /** A line that was reported and skipped. */
  skip(): void;
  /** A decision, and with `--against` the other client's decision on the same request. */
  add(decision: Decision, other?: Decision): void;
  summary(): ReplaySummary;
  /** The running totals, for another tally to {@link ReplayTally.merge}. */
  state(): TallyState;
  /** Adds another tally's totals (a worker's part of the history) to this one. */
  merge(part: TallyState): void;
}

/** A tally for `client` (in `currency`), and for the client compared `against`. */
export function replayTally(client: string, currency: string, against?: string): ReplayTally {
  const digits = minorDigits(currency);
  const topOffer = new Map<string, number>();
  const offerCounts = new Map<string, number>();
  const withheld = new Map<string, number>();
  const approvals = new Map<string, number>();
  let decisions = 0;
  let skipped = 0;
  let offers = 0;
  let cost = new Money(0);
  let otherCost = new Money(0);
  let changed = 0;
  let recallCandidates = 0;

  const costOf = (summed: Money) => ({ currency, total: formatMoney(summed, digits), mean: formatMoney(decisions === 0 ? summed : summed.div(decisions), digits) });
  return {
    skip: () => {
      skipped++;
    },
    add: (decision, other) => {
      decisions++;
      offers += decision.offers.length;
      const top = decision.offers[0];
      count(topOffer, top?.kind ?? 'none');
      count(offerCounts, String(decision.offers.length));
      for (const { why } of decision.withheld) count(withheld, why);
      for (const { approval } of decision.offers) count(approvals, approval?.level ?? 'caller');
      if (top) cost = cost.plus(money(top.cost));
      if (decision.flags.includes(RECALL_CANDIDATE)) recallCandidates++;
      if (other === undefined) return;
      const otherTop = other.offers[0];
      if (otherTop?.offerId !== top?.offerId) changed++;
      if (otherTop) otherCost = otherCost.plus(money(otherTop.cost));
    },
    state: () => ({
      decisions,
      skipped,
      offers,
      changed,
      recallCandidates,
      cost: cost.toString(),
      otherCost: otherCost.toString(),
      topOffer: Object.fromEntries(topOffer),
      offerCounts: Object.fromEntries(offerCounts),
      withheld: Object.fromEntries(withheld),
      approvals: Object.fromEntries(approvals),
    }),
    merge: (part) => {
      decisions += part.decisions;
      skipped += part.skipped;
      offers += part.offers;
      changed += part.changed;
      recallCandidates += part.recallCandidates;
      cost = cost.plus(part.cost);
      otherCost = otherCost.plus(part.otherCost);
      for (const [counts, more] of [[topOffer, part.topOffer], [offerCounts, part.offerCounts], [withheld, part.withheld], [approvals, part.approvals]] as const) {
        for (const [key, times] of Object.entries(more)) count(counts, key, times);
      }
    },
    summary: () => ({
      client,
      requests: decisions + skipped,
      decisions,
      skipped,
      topOffer: sorted(topOffer),
      offersPerDecision: { mean: decisions === 0 ? 0 : Math.round((offers / decisions) * 100) / 100, decisions: sorted(offerCounts) },
      cost: costOf(cost),
      withheld: sorted(withheld),
      approvals: sorted(approvals),
      recallCandidates,
      ...(against === undefined
        ? {}
        : { against: { client: against, topOfferChanged: changed, cost: { ...costOf(otherCost), difference: formatMoney(otherCost.minus(cost), digits) } } }),
    }),
  };
}

function count(counts: Map<string, number>, key: string, times = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + times);
}

function sorted(counts: ReadonlyMap<string, number>): Counts {
  return Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)));
}
