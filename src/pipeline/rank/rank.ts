import { indexAcceptance, type AcceptanceEstimate, type AcceptanceIndex } from '../../learning/acceptanceIndex';
import { ratio, round, type Money } from '../../money/money';
import type { Acceptance, Withheld } from '../../schema/decision';
import type { Policy } from '../../schema/policy';
import type { EmpoweredCandidate } from '../empowerment/empower';
import type { ReturnContext } from '../facts/ReturnContext';
import { extend } from '../../util/extend';
import { thompson } from './thompson';

/** A candidate with its expected saving and the acceptance rate behind it, in rank order. */
export type RankedCandidate = EmpoweredCandidate & {
  readonly expectedSaving: Money;
  readonly acceptance: Acceptance;
  /** With exploration: the probability it would be ranked first. */
  readonly propensity?: number;
};

/** Who is deciding for whom, and what was learned: what the acceptance rate and the exploration seed depend on. */
export interface RankLearning {
  readonly acceptance: AcceptanceIndex;
  readonly clientId: string;
  readonly requestId: string;
  readonly reason: string;
  readonly segment: string | null;
}

/** The learning inputs of a return in `context`, for `clientId`. */
export function rankLearning(acceptance: AcceptanceIndex, clientId: string, context: ReturnContext): RankLearning {
  const request = context.request;
  return { acceptance, clientId, requestId: request.id, reason: request.reason.code, segment: request.customer.segment ?? null };
}

/**
 * Stage 8: ranks by expected saving, rate × (returnLoss − cost) × weight
 * rounded to the currency (so the order is explained by the numbers shown),
 * ties by lower cost, then offer id. The rate is the acceptance model's at the
 * most specific level with data, else the catalog's prior. With
 * `policy.explore` the order is by a seeded Beta draw in the rate's place
 * (see {@link thompson}); the candidates are the same ones either way, all
 * already within every limit, so exploration changes only the order. Keeps
 * `maxOffers`, one per kind when `distinctKinds`; the rest are withheld as
 * `not-selected`.
 */
export function rank(
  candidates: readonly EmpoweredCandidate[],
  loss: Money,
  policy: Policy,
  digits: number,
  learning: RankLearning = { acceptance: indexAcceptance(undefined, policy), clientId: '', requestId: '', reason: '', segment: null },
): { offers: RankedCandidate[]; withheld: Withheld[] } {
  const estimates = candidates.map((candidate) => learning.acceptance.estimate(candidate.offer, learning.reason, learning.segment));
  const scored = candidates.map((candidate, i) => {
    const estimate = estimates[i]!;
    return extend(candidate, {
      expectedSaving: round(ratio(estimate.rate).times(loss.minus(candidate.cost)).times(ratio(candidate.weight)), digits),
      acceptance: acceptanceOf(estimate),
    });
  });
  const byCostThenId = (a: RankedCandidate, b: RankedCandidate) => a.cost.comparedTo(b.cost) || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0);

  let ranked: RankedCandidate[];
  if (policy.explore === undefined || scored.length === 0) {
    ranked = scored.sort((a, b) => b.expectedSaving.comparedTo(a.expectedSaving) || byCostThenId(a, b));
  } else {
    const explored = thompson(scored, estimates, {
      loss,
      seedKey: (offerId) => [learning.clientId, learning.requestId, offerId, learning.acceptance.version],
      tieBreak: byCostThenId,
    });
    ranked = explored.order.map((i) => extend(scored[i]!, { propensity: explored.propensity[i]! }));
  }

  const offers: RankedCandidate[] = [];
  const withheld: Withheld[] = [];
  for (const candidate of ranked) {
    const sameKind = policy.distinctKinds ? offers.find((offer) => offer.offer.kind === candidate.offer.kind) : undefined;
    if (sameKind) {
      withheld.push({ offerId: candidate.offer.id, why: 'not-selected', detail: `${sameKind.offer.id} ranked higher, and only one ${candidate.offer.kind} offer is made` });
    } else if (offers.length >= policy.maxOffers) {
      withheld.push({ offerId: candidate.offer.id, why: 'not-selected', detail: `ranked below the ${policy.maxOffers} offer(s) policy.maxOffers allows` });
    } else offers.push(candidate);
  }
  return { offers, withheld };
}

function acceptanceOf(estimate: AcceptanceEstimate): Acceptance {
  return { rate: estimate.rate, source: estimate.source, outcomes: estimate.outcomes };
}
