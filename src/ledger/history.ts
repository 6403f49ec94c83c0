import { LIMITS } from '../limits';
import { money } from '../money/money';
import type { ValidRequest } from '../schema/request';
import { isoMillis } from './inputs';
import type { CustomerConcession } from './store/LedgerStore';

type CarriedConcession = NonNullable<ValidRequest['customer']['concessions']>[number];

/**
 * Whether the ledger's concession is the one a request carries: the same
 * instant and the same cost (as amounts: "45.0" is "45.00"), and the same
 * `offerId` and `kind` when the carried one names them.
 */
function sameConcession(known: CustomerConcession, carried: CarriedConcession): boolean {
  return (
    Date.parse(known.at) === Date.parse(carried.at) &&
    money(known.cost).eq(money(carried.cost)) &&
    (carried.offerId === undefined || carried.offerId === known.offerId) &&
    (carried.kind === undefined || carried.kind === known.kind)
  );
}

/**
 * The concessions a request carries that the ledger does not know: each
 * carried one is matched to at most one known concession, so two identical
 * outside concessions against one known count once each.
 */
export function unknownConcessions(known: readonly CustomerConcession[], carried: readonly CarriedConcession[]): CustomerConcession[] {
  const unmatched = [...known];
  const unknown: CustomerConcession[] = [];
  for (const concession of carried) {
    const match = unmatched.findIndex((k) => sameConcession(k, concession));
    if (match >= 0) unmatched.splice(match, 1);
    else unknown.push({ at: isoMillis(concession.at), cost: concession.cost, offerId: concession.offerId, kind: concession.kind });
  }
  return unknown;
}

/**
 * The customer's concessions for `decide`: every one the ledger knows plus
 * the carried ones it does not, newest last. Past `LIMITS.maxConcessions`
 * (what a request may carry) the oldest are left out; `accept` still counts
 * every one, so this can only make a decision show an offer the ledger then refuses.
 */
export function mergedConcessions(known: readonly CustomerConcession[], carried: readonly CarriedConcession[]): CarriedConcession[] {
  const all = [...known, ...unknownConcessions(known, carried)].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return all.slice(-LIMITS.maxConcessions).map((c) => ({ at: c.at, cost: c.cost, ...(c.offerId === undefined ? {} : { offerId: c.offerId }), ...(c.kind === undefined ? {} : { kind: c.kind }) }));
}
