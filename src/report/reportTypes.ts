import type { Interval } from '../stats/interval';

/**
 * What {@link saveReport} returns: the numbers behind `savedesk report`, as
 * plain JSON (money as decimal strings in the client's currency, rates as
 * numbers 0..1). A page, a dashboard or a test reads this; nothing in it
 * depends on the clock or the time zone.
 */
export interface SaveReport {
  readonly clientId: string;
  readonly clientName: string;
  readonly currency: string;
  /** The earliest and latest decision counted (their `at`, as recorded); null when none. */
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly outcomes: OutcomeCounts;
  /** Every decision counted, whatever its group. */
  readonly overall: GroupResult;
  /** Treatment against holdout; null when no decision counted was in a holdout. */
  readonly experiment: Experiment | null;
  /** One row per offer × reason shown, most shown first. */
  readonly acceptance: readonly AcceptanceRow[];
  readonly calibration: Calibration;
  readonly spend: Spend;
  /** One row per level whose approval a shown offer needed, in the policy's chain order. */
  readonly approvals: readonly ApprovalRow[];
}

/** How many outcomes were read and why some were not counted. */
export interface OutcomeCounts {
  /** Outcomes handed to the report. */
  readonly read: number;
  /** Outcomes counted: this client's, in its currency. */
  readonly counted: number;
  /** Outcomes of another client, not counted. */
  readonly otherClient: number;
  /** Outcomes in another currency than the client's, not counted (their money cannot be added). */
  readonly otherCurrency: number;
  /** Counted outcomes by result: an offer accepted, all declined, nothing heard yet. */
  readonly accepted: number;
  readonly declined: number;
  readonly open: number;
}

/** One group's decisions and saves. */
export interface GroupResult {
  readonly decisions: number;
  /** Decisions where the customer kept the order: an offer accepted, or, where no offer was shown, no return recorded (see `isSave`). */
  readonly saves: number;
  /** Decisions nothing has been heard of yet (`result.status` `open`). */
  readonly open: number;
  /** The save rate with its 95% Wilson interval. */
  readonly saveRate: Interval;
  /** What the accepted offers cost, in the client's currency. */
  readonly spend: string;
  /** spend ÷ saves (not incremental: saves that would have happened anyway included); null with no save. */
  readonly costPerSave: string | null;
}

/** A holdout experiment: did the offers keep orders that would not have stayed anyway? */
export interface Experiment {
  readonly treatment: GroupResult;
  readonly holdout: GroupResult;
  /** Decisions with no group (made before the holdout was configured): not in the comparison. */
  readonly ungrouped: number;
  /** Treatment save rate minus holdout save rate, with Newcombe's 95% interval. */
  readonly lift: Interval;
  /** Saves among the treatment's decisions that the offers made: lift × treatment decisions, with the lift's interval. */
  readonly incrementalSaves: Interval;
  /**
   * Treatment spend ÷ incremental saves, with the interval that the lift's
   * interval gives (the spend is what was spent, not an estimate). `estimate`
   * is null when the lift is not above zero; `high` is null when the lift's
   * interval reaches zero: the data cannot rule out that the offers saved
   * nothing, so the cost per save has no upper bound.
   */
  readonly costPerIncrementalSave: { readonly estimate: string | null; readonly low: string | null; readonly high: string | null };
  /** What a conclusive experiment still needs; null when the holdout's save rate leaves no room for the lift. */
  readonly sampleSize: SampleSizeNeed | null;
}

/** The decisions needed to detect a given lift, and what the experiment can detect now. */
export interface SampleSizeNeed {
  /** The lift to detect (0.02 = 2 points), at `power` with a two-sided test at `alpha`. */
  readonly lift: number;
  readonly power: number;
  readonly alpha: number;
  /** The holdout's save rate, the baseline the lift is added to. */
  readonly baseline: number;
  /** The share of decisions in the holdout so far, kept for the plan. */
  readonly holdoutShare: number;
  /** Decisions each group needs in all. */
  readonly needed: { readonly holdout: number; readonly treatment: number };
  /** More decisions (both groups, at the current split) before the lift can be detected; 0 when there are enough. */
  readonly moreDecisions: number;
  /** The smallest lift these decisions detect at `power`; null above 1 − baseline. */
  readonly detectableLift: number | null;
}

/** How customers took one offer for one reason. */
export interface AcceptanceRow {
  readonly offerId: string;
  /** The catalog's label; the offer id when the offer is no longer in the catalog. */
  readonly label: string;
  readonly reason: string;
  /** The catalog's `acceptRate`, else `policy.defaultAcceptRate`; null when the offer is no longer in the catalog. */
  readonly prior: number | null;
  /** The rates that ranked it (`offers[].rate` in the outcomes): their mean, and the share that were learned. */
  readonly ranked: { readonly mean: number; readonly learnedShare: number };
  /** The learned model's rate for this offer × reason, when a model was given. */
  readonly learned: { readonly rate: number; readonly outcomes: number } | null;
  /** Times shown, at any rank (open decisions included). */
  readonly shown: number;
  /** Decided (not open) decisions where it was ranked first, and how many took it: the observed rate with its Wilson interval. */
  readonly shownFirst: number;
  readonly acceptedFirst: number;
  readonly observed: Interval;
  /** Times it was taken when ranked below first (not in `observed`). */
  readonly acceptedLower: number;
}

/** Predicted against observed acceptance of the offers ranked first. */
export interface Calibration {
  /** Decided decisions with an offer ranked first. */
  readonly decisions: number;
  /** Mean squared error of the predicted rate against taken (1) or not (0); null with no decision. */
  readonly brier: number | null;
  /** Equal-width bins of the predicted rate; only bins with a decision. */
  readonly bins: readonly CalibrationBin[];
}

/** One bin of predicted acceptance. */
export interface CalibrationBin {
  /** The bin's range of predicted rates: from ≤ rate < to (the last bin includes 1). */
  readonly from: number;
  readonly to: number;
  readonly decisions: number;
  /** The mean predicted rate in the bin. */
  readonly predicted: number;
  /** The share of these decisions whose first offer was taken, with its Wilson interval. */
  readonly observed: Interval;
}

/** Concession spend: what accepted offers cost, in the client's currency. */
export interface Spend {
  readonly total: string;
  readonly concessions: number;
  /** By the level that gave it (the approver's level when approved, else the caller's), in chain order. */
  readonly byLevel: readonly SpendRow[];
  /** By agent (`null`: no agent, e.g. the portal), most spend first. */
  readonly byAgent: readonly SpendRow[];
}

/** Spend of one level or one agent. */
export interface SpendRow {
  /** The level id, or the agent id (null for decisions without an agent). */
  readonly key: string | null;
  readonly concessions: number;
  readonly total: string;
  /** total ÷ concessions. */
  readonly mean: string;
}

/** Approvals at one level. */
export interface ApprovalRow {
  readonly level: string;
  /** Offers shown that needed this level's approval. */
  readonly shown: number;
  /** Of those, accepted: the approval was given. */
  readonly given: number;
  /** What the approved concessions cost. */
  readonly spend: string;
}
