import type { Fallback } from './fallback';
import type { OfferKind, OfferTerms } from './offer';
import type { RuleTrace } from '../pipeline/rules/RulesOutcome';

/** Every reason a candidate offer can be withheld for, as `withheld[].why` states it. */
export const withheldReasons = [
  'excluded',
  'constraint',
  'sales-suppressed',
  'not-cost-effective',
  'over-limit',
  'customer-cap',
  'out-of-stock',
  'not-selected',
  'holdout',
] as const;

/** Why a candidate offer was not offered. */
export type WithheldWhy = (typeof withheldReasons)[number];

/** A candidate offer that was not offered, and why. */
export interface Withheld {
  readonly offerId: string;
  readonly why: WithheldWhy;
  /** The specifics, for a person: which constraint, which limit, which rule. */
  readonly detail: string;
}

/** What every offer in a decision has, whatever its kind. Amounts are decimal strings in the order currency. */
export interface DecidedOfferCommon {
  /** 1 for the best offer. */
  readonly rank: number;
  readonly offerId: string;
  readonly label: string;
  /** What it costs the client. */
  readonly cost: string;
  /** What it is worth to the customer. */
  readonly customerValue: string;
  /**
   * acceptance.rate × (returnLoss − cost) × weight: what ranks it. With exploration a seeded draw
   * from the rate's posterior takes the rate's place in the ranking; this stays the mean.
   */
  readonly expectedSaving: string;
  /** The acceptance rate that ranked it, where it came from, and how many outcomes it was learned from. */
  readonly acceptance: Acceptance;
  /** With `policy.explore`: the probability this offer would be ranked first, for off-policy evaluation. */
  readonly propensity?: number;
  /** null when the caller may give it; otherwise the lowest level that may. */
  readonly approval: null | { readonly level: string };
  /** Names of the rules that made it a candidate. */
  readonly because: readonly string[];
}

/** Which acceptance rate ranked an offer. */
export interface Acceptance {
  /** The rate, 0..1. */
  readonly rate: number;
  /** `learned` from outcomes (an acceptance model), or the catalog's `prior`. */
  readonly source: 'prior' | 'learned';
  /** Outcomes the rate was learned from, at the most specific level that had any (0 for a prior). */
  readonly outcomes: number;
}

/** The experiment group of a customer when the client runs a holdout. */
export type ExperimentGroup = 'holdout' | 'treatment';

/** One offer in a decision of kind `Kind`: the common fields, the kind, and the kind's terms as the catalog states them. */
export interface DecidedOfferOf<Kind extends OfferKind> extends DecidedOfferCommon {
  readonly kind: Kind;
  /** The offer's kind-specific terms as the catalog states them, typed by kind. */
  readonly terms: Readonly<OfferTerms<Kind>>;
}

/**
 * One offer in a decision, best first: a union by `kind`, so checking
 * `offer.kind === 'discount'` gives `offer.terms` the discount's fields.
 */
export type DecidedOffer = { [Kind in OfferKind]: DecidedOfferOf<Kind> }[OfferKind];

/** A procedure note for the agent, placeholders filled. */
export interface Guidance {
  readonly text: string;
  readonly rule: string;
}

/** A contact to schedule after this one. */
export interface FollowUp {
  readonly afterDays: number;
  readonly channel: string;
  readonly purpose: string;
  readonly rule: string;
}

/** What `desk.decide` returns: JSON-ready, the same bytes for the same input. */
export interface Decision {
  readonly requestId: string;
  readonly clientId: string;
  readonly currency: string;
  /** Value of the returned lines. */
  readonly returnValue: string;
  /** What the plain return costs the client: refund + shipping + processing − resale. */
  readonly returnLoss: string;
  readonly offers: readonly DecidedOffer[];
  readonly withheld: readonly Withheld[];
  readonly guidance: readonly Guidance[];
  readonly followUps: readonly FollowUp[];
  readonly flags: readonly string[];
  /** Present when `policy.holdout` is set: the customer's group. A holdout decision makes no offer. */
  readonly experiment?: { readonly group: ExperimentGroup };
  /** What happens if every offer is declined: the refund owed, or, outside the return window, none. */
  readonly fallback: Fallback;
  /** Present when `decide` was called with `{ trace: true }`. */
  readonly trace?: DecisionTrace;
}

/** How a decision was reached, for debugging rules. */
export interface DecisionTrace {
  /** The facts the rules saw (the `request` fact left out: it is the input). */
  readonly facts: Readonly<Record<string, unknown>>;
  /** Every rule, in evaluation order, with how each condition came out. */
  readonly rules: readonly RuleTrace[];
}
