import type { Offer } from '../../schema/offer';

/** An offer some rule proposed, with what the rules said about it. */
export interface Candidate {
  readonly offer: Offer;
  /** Names of the rules that proposed it, in firing order. */
  readonly because: readonly string[];
  /** The largest weight any proposing rule gave (default 1). */
  readonly weight: number;
  /** Whether a proposing rule marked it goodwill (offered even when not cost-effective). */
  readonly goodwill: boolean;
  /** Index of the lowest level a `require-level` rule allows to give it; -1 when none. */
  readonly requiredLevel: number;
}
