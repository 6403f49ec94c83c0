import { ratio, round, type Money } from '../../money/money';
import type { Withheld } from '../../schema/decision';
import type { Policy } from '../../schema/policy';
import type { EmpoweredCandidate } from '../empowerment/empower';
import { extend } from '../../util/extend';

/** A candidate with its expected saving, in rank order. */
export type RankedCandidate = EmpoweredCandidate & { readonly expectedSaving: Money };

/**
 * Stage 8: ranks by expected saving, acceptRate × (returnLoss − cost) × weight
 * rounded to the currency (so the order is explained by the numbers shown),
 * ties by lower cost, then offer id. Keeps `maxOffers`, one per kind when
 * `distinctKinds`; the rest are withheld as `not-selected`.
 */
export function rank(
  candidates: readonly EmpoweredCandidate[],
  loss: Money,
  policy: Policy,
  digits: number,
): { offers: RankedCandidate[]; withheld: Withheld[] } {
  const ranked = candidates
    .map((candidate) =>
      extend(candidate, {
        expectedSaving: round(
          ratio(candidate.offer.acceptRate ?? policy.defaultAcceptRate).times(loss.minus(candidate.cost)).times(ratio(candidate.weight)),
          digits,
        ),
      }),
    )
    .sort(
      (a, b) =>
        b.expectedSaving.comparedTo(a.expectedSaving) ||
        a.cost.comparedTo(b.cost) ||
        (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0),
    );

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
