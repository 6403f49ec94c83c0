import type { Offer } from '../schema/offer';
import type { Policy } from '../schema/policy';
import type { AcceptanceModel, AcceptancePosterior } from './AcceptanceModel';

/** The rate that ranks an offer, where it came from, and its Beta posterior (for exploration). */
export interface AcceptanceEstimate {
  /** The acceptance rate used: the posterior mean, or the prior. */
  readonly rate: number;
  /** `learned` when some outcome informed it; `prior` when none did. */
  readonly source: 'prior' | 'learned';
  /** Outcomes at the level the rate came from (0 for a prior). */
  readonly outcomes: number;
  readonly alpha: number;
  readonly beta: number;
}

/** An acceptance model prepared for lookups at decision time. */
export interface AcceptanceIndex {
  /** The model's version ("prior" without a model): exploration draws are seeded with it. */
  readonly version: string;
  /** The estimate at the most specific level with data: offer × reason × segment, offer × reason, offer, else the prior. */
  estimate(offer: Offer, reason: string, segment: string | null): AcceptanceEstimate;
}

/** A prior is worth this many customers when no model says otherwise. */
export const DEFAULT_PRIOR_WEIGHT = 20;

interface Levels {
  readonly offer: AcceptancePosterior;
  readonly reasons: ReadonlyMap<string, { readonly level: AcceptancePosterior; readonly segments: ReadonlyMap<string, AcceptancePosterior> }>;
}

/** Indexes a model (or none: every offer at its prior) once, at `createDesk`. */
export function indexAcceptance(model: AcceptanceModel | undefined, policy: Policy): AcceptanceIndex {
  const weight = model?.priorWeight ?? DEFAULT_PRIOR_WEIGHT;
  const offers = new Map<string, Levels>(
    (model?.offers ?? []).map((offer) => [
      offer.offerId,
      {
        offer,
        reasons: new Map(offer.reasons.map((reason) => [reason.reason, { level: reason, segments: new Map(reason.segments.map((segment) => [segment.segment, segment])) }])),
      },
    ]),
  );
  const learned = (level: AcceptancePosterior): AcceptanceEstimate => ({ rate: level.rate, source: 'learned', outcomes: level.outcomes, alpha: level.alpha, beta: level.beta });
  // An offer's prior is the same on every decision: worked out once per offer.
  const priors = new WeakMap<Offer, AcceptanceEstimate>();
  const prior = (offer: Offer): AcceptanceEstimate => {
    const rate = offer.acceptRate ?? policy.defaultAcceptRate;
    const p = Math.min(Math.max(rate, 1e-6), 1 - 1e-6);
    return Object.freeze({ rate, source: 'prior', outcomes: 0, alpha: p * weight, beta: (1 - p) * weight });
  };
  return {
    version: model?.version ?? 'prior',
    estimate(offer, reason, segment) {
      const levels = offers.get(offer.id);
      if (levels !== undefined) {
        const byReason = levels.reasons.get(reason);
        const bySegment = segment === null ? undefined : byReason?.segments.get(segment);
        return learned(bySegment ?? byReason?.level ?? levels.offer);
      }
      let estimate = priors.get(offer);
      if (estimate === undefined) priors.set(offer, (estimate = prior(offer)));
      return estimate;
    },
  };
}
