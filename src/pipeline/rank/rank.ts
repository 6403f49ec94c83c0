import { indexAcceptance, type AcceptanceIndex } from '../../learning/acceptanceIndex';
import { cachedRatio } from '../../money/ratio';
import type { Arithmetic } from '../../money/arithmetic';
import type { Withheld } from '../../schema/decision';
import type { Policy } from '../../schema/policy';
import type { Candidate } from '../candidates/Candidate';
import type { ReturnContext } from '../facts/ReturnContext';
import { thompson } from './thompson';

/** Who is deciding for whom, and what was learned: what the acceptance rate and the exploration seed depend on. */
export interface RankLearning {
  readonly acceptance: AcceptanceIndex;
  readonly clientId: string;
  readonly requestId: string;
  readonly reason: string;
  readonly segment: string | null;
}

/** The learning inputs of a return in `context`, for `clientId`. */
export function rankLearning(acceptance: AcceptanceIndex, clientId: string, context: ReturnContext<unknown>): RankLearning {
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
export function rank<A>(
  candidates: Candidate<A>[],
  loss: A,
  policy: Policy,
  m: Arithmetic<A>,
  learning: RankLearning = { acceptance: indexAcceptance(undefined, policy), clientId: '', requestId: '', reason: '', segment: null },
  /** The decision's withheld offers so far, in stage order: this stage adds its own (default: a list of its own). */
  withheld: Withheld[] = [],
): { offers: Candidate<A>[]; withheld: Withheld[] } {
  for (const candidate of candidates) {
    const estimate = learning.acceptance.estimate(candidate.prepared, learning.reason, learning.segment);
    candidate.estimate = estimate;
    candidate.expectedSaving = m.scale2(m.minus(loss, candidate.cost), estimate.ratio, cachedRatio(candidate.weight));
  }
  const byCostThenId = (a: Candidate<A>, b: Candidate<A>) => m.compare(a.cost, b.cost) || (a.prepared.id < b.prepared.id ? -1 : a.prepared.id > b.prepared.id ? 1 : 0);

  let ranked: Candidate<A>[];
  if (policy.explore === undefined || candidates.length === 0) {
    ranked = candidates.sort((a, b) => m.compare(b.expectedSaving, a.expectedSaving) || byCostThenId(a, b));
  } else {
    const explored = thompson(candidates, {
      margins: candidates.map((candidate) => m.toNumber(m.minus(loss, candidate.cost)) * candidate.weight),
      seedKey: (offerId) => [learning.clientId, learning.requestId, offerId, learning.acceptance.version],
      tieBreak: byCostThenId,
    });
    explored.propensity.forEach((propensity, i) => (candidates[i]!.propensity = propensity));
    ranked = explored.order.map((i) => candidates[i]!);
  }

  const offers: Candidate<A>[] = [];
  for (const candidate of ranked) {
    const sameKind = policy.distinctKinds ? offers.find((offer) => offer.prepared.kind === candidate.prepared.kind) : undefined;
    if (sameKind) {
      withheld.push({ offerId: candidate.prepared.id, why: 'not-selected', detail: `${sameKind.prepared.id} ranked higher, and only one ${candidate.prepared.kind} offer is made` });
    } else if (offers.length >= policy.maxOffers) {
      withheld.push({ offerId: candidate.prepared.id, why: 'not-selected', detail: `ranked below the ${policy.maxOffers} offer(s) policy.maxOffers allows` });
    } else offers.push(candidate);
  }
  return { offers, withheld };
}
