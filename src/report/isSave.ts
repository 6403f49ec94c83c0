import type { Outcome } from '../schema/outcome';

/**
 * Whether the customer kept the order: what the report counts as a save, in
 * treatment and holdout alike.
 *
 * - An offer accepted (`result.status` `accepted`) is a save.
 * - `declined` is a return that went ahead (`ledger.decline`): no save.
 * - `open` (nothing recorded) depends on whether there was anything to
 *   accept. Where offers were shown, keeping the order means accepting one,
 *   so an open decision is not (yet) a save. Where none was shown (every
 *   holdout decision, and a treatment decision with nothing eligible) there
 *   is nothing to accept, and a return that goes ahead is recorded as a
 *   decline: an open decision is an order kept.
 *
 * The outcome record cannot tell "kept" from "not heard of yet" for a
 * decision without offers, so report on decisions old enough for their
 * returns to have been recorded. `npm run simulate` records outcomes the same
 * way: accepted or declined when an offer was made, open (kept) or declined
 * otherwise.
 */
export function isSave(outcome: Outcome): boolean {
  const { status } = outcome.result;
  return status === 'accepted' || (status === 'open' && outcome.offers.length === 0);
}
