import type { AcceptanceEstimate } from '../../learning/acceptanceIndex';
import type { PreparedOffer } from '../../prepared/PreparedOffer';
import type { Offer } from '../../schema/offer';

/**
 * An offer some rule proposed, carried through the stages as one record:
 * `collectCandidates` makes it, and each later stage fills in what it works
 * out (price, approval, rank), so no stage copies it. Amounts are `A`: exact
 * minor units, or Decimal.
 */
export interface Candidate<A> {
  readonly offer: Offer;
  readonly prepared: PreparedOffer;
  /** Names of the rules that proposed it, in firing order. */
  readonly because: string[];
  /** The largest weight any proposing rule gave (default 1). */
  weight: number;
  /** Whether a proposing rule marked it goodwill (offered even when not cost-effective). */
  goodwill: boolean;
  /** Index of the lowest level a `require-level` rule allows to give it; -1 when none. */
  requiredLevel: number;
  /** Its cost to the client and value to the customer, rounded to the currency (stage 6). */
  cost: A;
  customerValue: A;
  /** null when the caller may give it; otherwise the lowest level above the caller that may (stage 7). */
  approval: null | { readonly level: string };
  /** acceptance rate × (returnLoss − cost) × weight, rounded (stage 8). */
  expectedSaving: A;
  /** The acceptance estimate that ranked it (stage 8). */
  estimate: AcceptanceEstimate | null;
  /** With exploration: the probability it would be ranked first (stage 8). */
  propensity: number | undefined;
}

/** A new candidate for `prepared`, proposed by no rule yet; `zero` fills the amounts until they are priced. */
export function newCandidate<A>(prepared: PreparedOffer, zero: A): Candidate<A> {
  return {
    offer: prepared.offer,
    prepared,
    because: [],
    weight: 0,
    goodwill: false,
    requiredLevel: -1,
    cost: zero,
    customerValue: zero,
    approval: null,
    expectedSaving: zero,
    estimate: null,
    propensity: undefined,
  };
}
