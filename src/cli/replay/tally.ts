import { minorDigits } from '../../money/currency';
import { formatMoney, money, Money } from '../../money/money';
import { RECALL_CANDIDATE } from '../../pipeline/decision/assembleDecision';
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
  /** Decisions flagged `recall-candidate`: returns of a watched SKU × reason (the client's `watch.json`). */
  readonly recallCandidates: number;
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

/** One client's running totals as plain data: counts by name, the top offers' labels, and their cost as a decimal string. */
export interface SideState {
  readonly decisions: number;
  readonly offers: number;
  readonly cost: string;
  readonly topOffer: Counts;
  readonly labels: Readonly<Record<string, string>>;
  readonly offerCounts: Counts;
  readonly withheld: Counts;
  readonly approvals: Counts;
  readonly recallCandidates: number;
}

/**
 * A tally's running totals as plain data, to send between threads. Merging
 * is addition (labels are a union), so the summary does not depend on how
 * the history was split or in what order the parts came back.
 */
export interface TallyState {
  readonly skipped: number;
  readonly own: SideState;
  /** With `--against`: the other client's totals, and the decisions that changed by kind. */
  readonly other?: SideState;
  readonly changed: Counts;
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
    state: () => ({ skipped, own: own.state(), ...(other ? { other: other.state() } : {}), changed: Object.fromEntries(changed) }),
    merge: (part) => {
      skipped += part.skipped;
      own.merge(part.own);
      if (other && part.other) other.merge(part.other);
      for (const [key, times] of Object.entries(part.changed)) count(changed, key, times);
    },
    summary: () => {
      const decisions = own.state().decisions;
      return {
        ...own.summary(),
        requests: decisions + skipped,
        decisions,
        skipped,
        ...(other
          ? { against: { ...other.summary(), changed: Object.fromEntries(changed) as Changes, costDifference: formatMoney(money(other.state().cost).minus(money(own.state().cost)), digits) } }
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
  let recallCandidates = 0;
  let cost = new Money(0);
  return {
    add: (decision: Decision) => {
      decisions++;
      offers += decision.offers.length;
      const top = decision.offers[0];
      count(topOffer, top?.offerId ?? 'none');
      if (top) label(labels, top.offerId, top.label);
      count(offerCounts, String(decision.offers.length));
      for (const { why } of decision.withheld) count(withheld, why);
      for (const { approval } of decision.offers) count(approvals, approval?.level ?? 'caller');
      if (top) cost = cost.plus(money(top.cost));
      if (decision.flags.includes(RECALL_CANDIDATE)) recallCandidates++;
    },
    state: (): SideState => ({
      decisions,
      offers,
      cost: cost.toString(),
      topOffer: Object.fromEntries(topOffer),
      labels: Object.fromEntries(labels),
      offerCounts: Object.fromEntries(offerCounts),
      withheld: Object.fromEntries(withheld),
      approvals: Object.fromEntries(approvals),
      recallCandidates,
    }),
    merge: (part: SideState) => {
      decisions += part.decisions;
      offers += part.offers;
      recallCandidates += part.recallCandidates;
      cost = cost.plus(part.cost);
      for (const [id, text] of Object.entries(part.labels)) label(labels, id, text);
      for (const [counts, more] of [[topOffer, part.topOffer], [offerCounts, part.offerCounts], [withheld, part.withheld], [approvals, part.approvals]] as const) {
        for (const [key, times] of Object.entries(more)) count(counts, key, times);
      }
    },
    summary: (): DecisionCounts => ({
      client,
      dir,
      topOffer: sorted(topOffer),
      labels: Object.fromEntries([...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      offersPerDecision: { mean: decisions === 0 ? 0 : Math.round((offers / decisions) * 100) / 100, decisions: sorted(offerCounts) },
      cost: { currency, total: formatMoney(cost, digits), mean: formatMoney(decisions === 0 ? cost : cost.div(decisions), digits) },
      withheld: sorted(withheld),
      approvals: sorted(approvals),
      recallCandidates,
    }),
  };
}

/**
 * Remembers an offer's label. An id has one label in a catalog; should two
 * differ (say, the catalog changed mid-history), the first by code unit is
 * kept, so the summary does not depend on the order lines were decided in.
 */
function label(labels: Map<string, string>, offerId: string, text: string): void {
  const known = labels.get(offerId);
  if (known === undefined || text < known) labels.set(offerId, text);
}

function count(counts: Map<string, number>, key: string, times = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + times);
}

function sorted(counts: ReadonlyMap<string, number>): Counts {
  return Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)));
}
