import { minorDigits } from '../../money/currency';
import { formatMoney, money, Money } from '../../money/money';
import type { Decision } from '../../schema/decision';
import { changeKinds, decisionChanges, type ChangeKind } from './decisionChanges';

/** Counts by name, largest first (ties by name), so the same history always prints the same. */
export type Counts = Readonly<Record<string, number>>;

/** The cost of the offers ranked first: what the client pays if every customer takes the top offer. */
export interface TopOfferCost {
  readonly currency: string;
  readonly total: string;
  /** Per decision (a decision without an offer costs nothing), rounded half-up to the currency. */
  readonly mean: string;
}

/** One client's decisions on a history, added up. */
export interface DecisionCounts {
  /** The client's id. */
  readonly client: string;
  /** Its folder, as given on the command line. */
  readonly dir: string;
  /** Decisions by the id of their top offer; `none` when nothing was offered. */
  readonly topOffer: Counts;
  /** The label of each offer in `topOffer`, by id. */
  readonly labels: Readonly<Record<string, string>>;
  readonly offersPerDecision: { readonly mean: number; readonly decisions: Counts };
  readonly cost: TopOfferCost;
  /** How often each `withheld` reason applied, over all decisions. */
  readonly withheld: Counts;
  /** Offers shown, by the level that must approve them; `caller` when the caller may give them. */
  readonly approvals: Counts;
}

/** Decisions that changed with `--against`, in total and by what changed (see {@link decisionChanges}). */
export type Changes = Readonly<Record<ChangeKind | 'decisions', number>>;

/** What replaying a history found; `savedesk replay --json` prints it. */
export interface ReplaySummary extends DecisionCounts {
  /** Requests read (blank lines aside). */
  readonly requests: number;
  readonly decisions: number;
  /** Lines that were not JSON or not a valid request, or whose rules failed: reported and skipped. */
  readonly skipped: number;
  /** With `--against`: the other client's decisions on the same requests, and what changed. */
  readonly against?: DecisionCounts & {
    /** How many decisions changed (any of the kinds), and how many by each kind. */
    readonly changed: Changes;
    /** The other client's top-offer cost minus this one's. */
    readonly costDifference: string;
  };
}

/** The client (and its folder) whose decisions a tally adds up. */
export interface TalliedClient {
  readonly client: string;
  readonly dir: string;
}

/** Adds decisions up as they come: memory stays the same however long the history. */
export interface ReplayTally {
  /** A line that was reported and skipped. */
  skip(): void;
  /** A decision, and with `--against` the other client's decision on the same request. */
  add(decision: Decision, other?: Decision): void;
  summary(): ReplaySummary;
}

/** A tally for `client` (amounts in `currency`), and for the client compared `against`. */
export function replayTally(client: TalliedClient, currency: string, against?: TalliedClient): ReplayTally {
  const digits = minorDigits(currency);
  const own = clientTally(client, currency);
  const other = against === undefined ? undefined : clientTally(against, currency);
  const changed = new Map<string, number>([['decisions', 0], ...changeKinds.map((kind) => [kind, 0] as const)]);
  let skipped = 0;
  return {
    skip: () => {
      skipped++;
    },
    add: (decision, otherDecision) => {
      own.add(decision);
      if (other === undefined || otherDecision === undefined) return;
      other.add(otherDecision);
      const kinds = decisionChanges(decision, otherDecision);
      if (kinds.length > 0) count(changed, 'decisions');
      for (const kind of kinds) count(changed, kind);
    },
    summary: () => {
      const summary = own.summary();
      const decisions = own.decisions();
      const otherSummary = other?.summary();
      return {
        ...summary,
        requests: decisions + skipped,
        decisions,
        skipped,
        ...(other && otherSummary
          ? { against: { ...otherSummary, changed: Object.fromEntries(changed) as Changes, costDifference: formatMoney(other.cost().minus(own.cost()), digits) } }
          : {}),
      };
    },
  };
}

/** One client's side of a replay. */
function clientTally({ client, dir }: TalliedClient, currency: string) {
  const digits = minorDigits(currency);
  const topOffer = new Map<string, number>();
  const labels = new Map<string, string>();
  const offerCounts = new Map<string, number>();
  const withheld = new Map<string, number>();
  const approvals = new Map<string, number>();
  let decisions = 0;
  let offers = 0;
  let cost = new Money(0);
  return {
    add: (decision: Decision) => {
      decisions++;
      offers += decision.offers.length;
      const top = decision.offers[0];
      count(topOffer, top?.offerId ?? 'none');
      if (top) labels.set(top.offerId, top.label);
      count(offerCounts, String(decision.offers.length));
      for (const { why } of decision.withheld) count(withheld, why);
      for (const { approval } of decision.offers) count(approvals, approval?.level ?? 'caller');
      if (top) cost = cost.plus(money(top.cost));
    },
    decisions: () => decisions,
    cost: () => cost,
    summary: (): DecisionCounts => ({
      client,
      dir,
      topOffer: sorted(topOffer),
      labels: Object.fromEntries([...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      offersPerDecision: { mean: decisions === 0 ? 0 : Math.round((offers / decisions) * 100) / 100, decisions: sorted(offerCounts) },
      cost: { currency, total: formatMoney(cost, digits), mean: formatMoney(decisions === 0 ? cost : cost.div(decisions), digits) },
      withheld: sorted(withheld),
      approvals: sorted(approvals),
    }),
  };
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function sorted(counts: ReadonlyMap<string, number>): Counts {
  return Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)));
}
