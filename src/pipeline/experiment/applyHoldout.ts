import type { ExperimentGroup, Withheld } from '../../schema/decision';
import type { Candidate } from '../candidates/Candidate';

/**
 * Stage 9: the experiment. A customer in the holdout is offered nothing:
 * every candidate is withheld as `holdout`, its detail saying what it would
 * otherwise have been (offered at rank n, or withheld and why), so a report
 * can still see what the holdout was denied. Guidance, follow-ups and flags
 * are untouched. Treatment, or no holdout configured: unchanged.
 */
export function applyHoldout<C extends Candidate<unknown>>(
  group: ExperimentGroup | null,
  offers: readonly C[],
  withheld: readonly Withheld[],
): { offers: readonly C[]; withheld: readonly Withheld[] } {
  if (group !== 'holdout') return { offers, withheld };
  return {
    offers: [],
    withheld: [
      ...offers.map((offer, i): Withheld => ({ offerId: offer.prepared.id, why: 'holdout', detail: `the customer is in the holdout; otherwise offered at rank ${i + 1}` })),
      ...withheld.map((entry): Withheld => ({ offerId: entry.offerId, why: 'holdout', detail: `the customer is in the holdout; otherwise ${entry.why}: ${entry.detail}` })),
    ],
  };
}
