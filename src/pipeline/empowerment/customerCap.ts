import { daysBefore, instant } from '../../dates';
import type { Arithmetic } from '../../money/arithmetic';
import type { Policy } from '../../schema/policy';

/** A concession as the cap counts it: when, and what it cost the client. */
export interface CountedConcession {
  readonly at: string;
  readonly cost: string;
  readonly offerId?: string | undefined;
}

/** A customer's concessions inside the cap window: their total cost and how many. */
export interface RecentConcessions<A> {
  readonly cost: A;
  readonly count: number;
}

/** Window for the concession facts when the policy sets no customer cap. */
const DEFAULT_WINDOW_DAYS = 365;

/**
 * The concessions the cap counts at `now`: given at or before it and less than
 * the window's days before it. The same window for `decide` (facts,
 * empowerment) and for the ledger's `accept`.
 */
export function recentConcessions<A>(concessions: readonly CountedConcession[], now: number, policy: Policy, m: Arithmetic<A>): RecentConcessions<A> {
  const from = capWindowStart(now, policy);
  return totalOf(
    concessions.filter((c) => {
      const at = instant(c.at);
      return at <= now && at > from;
    }),
    m,
  );
}

/** The total cost and number of concessions, as the cap counts them. */
export function totalOf<A>(concessions: readonly CountedConcession[], m: Arithmetic<A>): RecentConcessions<A> {
  return { cost: concessions.reduce((total, c) => m.plus(total, m.amount(c.cost)), m.zero), count: concessions.length };
}

/** Where the cap window at `now` starts (epoch ms, exclusive): the policy's windowDays before it. */
export function capWindowStart(now: number, policy: Policy): number {
  return daysBefore(now, policy.customerCap?.windowDays ?? DEFAULT_WINDOW_DAYS);
}

/** How many of the concessions were this offer: what `maxPerCustomer` counts. */
export function timesGiven(concessions: readonly CountedConcession[], offerId: string): number {
  let given = 0;
  for (const concession of concessions) if (concession.offerId === offerId) given++;
  return given;
}

/**
 * Why an offer costing `cost` would take the customer over `policy.customerCap`
 * (whose `maxCost` is `capMaxCost`, parsed), or null. Only offers that cost the
 * client count as concessions: an even exchange is not a give-away.
 */
export function capExcess<A>(cost: A, recent: RecentConcessions<A>, policy: Policy, m: Arithmetic<A>, capMaxCost: A | undefined): string | null {
  const cap = policy.customerCap;
  if (cap === undefined || m.isZero(cost)) return null;
  const total = m.plus(recent.cost, cost);
  if (capMaxCost !== undefined && m.compare(total, capMaxCost) > 0) {
    return `would bring the customer's concessions in ${cap.windowDays} days to ${m.format(total)}, above the cap of ${cap.maxCost}`;
  }
  if (cap.maxCount !== undefined && recent.count + 1 > cap.maxCount) {
    return `the customer already had ${recent.count} concession(s) in ${cap.windowDays} days; the cap is ${cap.maxCount}`;
  }
  return null;
}
