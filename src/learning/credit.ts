import type { Outcome } from '../schema/outcome';

/** What one outcome teaches: whether the offer shown first was taken. */
export interface Credit {
  readonly offerId: string;
  readonly reason: string;
  readonly segment: string | null;
  /** When, in epoch milliseconds. */
  readonly at: number;
  /** When, as written. */
  readonly when: string;
  readonly accepted: boolean;
}

/**
 * Credits the offer shown first, and only it: accepted when the customer took
 * it; declined when they declined everything or took a lower-ranked offer
 * (the first was put to them and refused). A lower-ranked offer is not
 * credited at all, neither with a decline (it may never have been put to the
 * customer) nor with its accept (that customer had already refused the first
 * offer, so it says little about how often the offer is taken when shown
 * first, which is the rate the ranking needs). An open outcome, or one with
 * no offer (a holdout), teaches nothing.
 */
export function creditFirstOffer(outcome: Outcome): Credit | null {
  const first = outcome.offers.reduce<Outcome['offers'][number] | undefined>((best, offer) => (best === undefined || offer.rank < best.rank ? offer : best), undefined);
  if (first === undefined || outcome.result.status === 'open') return null;
  return {
    offerId: first.offerId,
    reason: outcome.reason,
    segment: outcome.segment,
    at: Date.parse(outcome.at),
    when: outcome.at,
    accepted: outcome.result.status === 'accepted' && outcome.result.offerId === first.offerId,
  };
}
