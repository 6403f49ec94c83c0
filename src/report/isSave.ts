import type { Outcome } from '../schema/outcome';

/**
 * Whether the customer kept the order: what the report counts as a save.
 *
 * - An offer accepted (`result.status` `accepted`) is a save, in any group.
 * - A holdout decision shows no offer, so nothing can be accepted: there a
 *   save is a return that did not go ahead. The ledger records a return that
 *   goes ahead as `declined` (`ledger.decline`), so a holdout decision still
 *   `open` is counted as kept.
 * - A treatment decision still `open` is not counted as a save: an offer was
 *   shown and none was taken. This errs on the side of a smaller lift, never
 *   a larger one; the report shows how many decisions are open in each group.
 */
export function isSave(outcome: Outcome): boolean {
  return outcome.result.status === 'accepted' || (outcome.group === 'holdout' && outcome.result.status === 'open');
}
