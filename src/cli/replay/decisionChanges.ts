import type { Decision } from '../../schema/decision';

/** What can change between two decisions on the same request (`savedesk replay --against`). */
export const changeKinds = ['topOffer', 'offers', 'approvals', 'costs', 'withheld'] as const;
/** One way a decision can change. */
export type ChangeKind = (typeof changeKinds)[number];

/**
 * How `after` differs from `before` on the same request:
 * - `topOffer`: another offer is ranked first (or an offer on one side only);
 * - `offers`: the offers shown, in rank order, are not the same;
 * - `approvals`: an offer both show needs another level's approval (or none);
 * - `costs`: an offer both show costs another amount;
 * - `withheld`: an offer is withheld on one side only, or for another reason.
 */
export function decisionChanges(before: Decision, after: Decision): ChangeKind[] {
  const shownAfter = new Map(after.offers.map((offer) => [offer.offerId, offer]));
  const bothShow = before.offers.flatMap((offer) => {
    const other = shownAfter.get(offer.offerId);
    return other ? [[offer, other] as const] : [];
  });
  const changed: Record<ChangeKind, boolean> = {
    topOffer: before.offers[0]?.offerId !== after.offers[0]?.offerId,
    offers: ids(before) !== ids(after),
    approvals: bothShow.some(([was, is]) => (was.approval?.level ?? null) !== (is.approval?.level ?? null)),
    costs: bothShow.some(([was, is]) => was.cost !== is.cost),
    withheld: withheldWhy(before) !== withheldWhy(after),
  };
  return changeKinds.filter((kind) => changed[kind]);
}

const ids = (decision: Decision) => JSON.stringify(decision.offers.map((offer) => offer.offerId));
const withheldWhy = (decision: Decision) => JSON.stringify(decision.withheld.map(({ offerId, why }) => `${offerId}:${why}`).sort());
