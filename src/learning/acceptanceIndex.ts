import { ratioOf, type Ratio } from '../money/ratio';
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
  /** The rate as the exact decimal the expected saving multiplies by. */
  readonly ratio: Ratio;
}

/** An acceptance model prepared for lookups at decision time. */
export interface AcceptanceIndex {
  /** The model's version ("prior" without a model): exploration draws are seeded with it. */
  readonly version: string;
  /** The estimate at the most specific level with data: offer × reason × segment, offer × reason, offer, else the prior. */
  estimate(offer: OfferPrior, reason: string, segment: string | null): AcceptanceEstimate;
}

/** What an estimate reads of an offer: a catalog `Offer`, or a prepared one. */
export type OfferPrior = Pick<Offer, 'id' | 'acceptRate'>;

/** A prior is worth this many customers when no model says otherwise. */
export const DEFAULT_PRIOR_WEIGHT = 20;

interface Levels {
  readonly offer: AcceptanceEstimate;
  readonly reasons: ReadonlyMap<string, { readonly level: AcceptanceEstimate; readonly segments: ReadonlyMap<string, AcceptanceEstimate> }>;
}

/** Indexes a model (or none: every offer at its prior) once, at `createDesk`. */
export function indexAcceptance(model: AcceptanceModel | undefined, policy: Policy): AcceptanceIndex {
  const weight = model?.priorWeight ?? DEFAULT_PRIOR_WEIGHT;
  // Every level's estimate made once: a decision only looks them up.
  const learned = (level: AcceptancePosterior): AcceptanceEstimate =>
    Object.freeze({ rate: level.rate, source: 'learned', outcomes: level.outcomes, alpha: level.alpha, beta: level.beta, ratio: ratioOf(level.rate) });
  const offers = new Map<string, Levels>(
    (model?.offers ?? []).map((offer) => [
      offer.offerId,
      {
        offer: learned(offer),
        reasons: new Map(offer.reasons.map((reason) => [reason.reason, { level: learned(reason), segments: new Map(reason.segments.map((segment) => [segment.segment, learned(segment)])) }])),
      },
    ]),
  );
  // An offer's prior is the same on every decision: worked out once per offer.
  const priors = new WeakMap<OfferPrior, AcceptanceEstimate>();
  const prior = (offer: OfferPrior): AcceptanceEstimate => {
    const rate = offer.acceptRate ?? policy.defaultAcceptRate;
    const p = Math.min(Math.max(rate, 1e-6), 1 - 1e-6);
    return Object.freeze({ rate, source: 'prior', outcomes: 0, alpha: p * weight, beta: (1 - p) * weight, ratio: ratioOf(rate) });
  };
  return {
    version: model?.version ?? 'prior',
    estimate(offer, reason, segment) {
      const levels = offers.get(offer.id);
      if (levels !== undefined) {
        const byReason = levels.reasons.get(reason);
        const bySegment = segment === null ? undefined : byReason?.segments.get(segment);
        return bySegment ?? byReason?.level ?? levels.offer;
      }
      let estimate = priors.get(offer);
      if (estimate === undefined) priors.set(offer, (estimate = prior(offer)));
      return estimate;
    },
  };
}
