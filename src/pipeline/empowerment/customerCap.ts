import { daysBefore } from '../../dates';
import { formatMoney, money, sum, type Money } from '../../money/money';
import type { Policy } from '../../schema/policy';

/** A concession as the cap counts it: when, and what it cost the client. */
export interface CountedConcession {
  readonly at: string;
  readonly cost: string;
  readonly offerId?: string | undefined;
}

/** A customer's concessions inside the cap window: their total cost and how many. */
export interface RecentConcessions {
  readonly cost: Money;
  readonly count: number;
}

/** Window for the concession facts when the policy sets no customer cap. */
const DEFAULT_WINDOW_DAYS = 365;

/**
 * The concessions the cap counts at `now`: given at or before it and less than
 * the window's days before it. The same window for `decide` (facts,
 * empowerment) and for the ledger's `accept`.
 */
export function recentConcessions(concessions: readonly CountedConcession[], now: number, policy: Policy): RecentConcessions {
  const from = capWindowStart(now, policy);
  return totalOf(
    concessions.filter((c) => {
      const at = Date.parse(c.at);
      return at <= now && at > from;
    }),
  );
}

/** The total cost and number of concessions, as the cap counts them. */
export function totalOf(concessions: readonly CountedConcession[]): RecentConcessions {
  return { cost: sum(concessions.map((c) => money(c.cost))), count: concessions.length };
}

/** Where the cap window at `now` starts (epoch ms, exclusive): the policy's windowDays before it. */
export function capWindowStart(now: number, policy: Policy): number {
  return daysBefore(now, policy.customerCap?.windowDays ?? DEFAULT_WINDOW_DAYS);
}

/** How many of the concessions were this offer: what `maxPerCustomer` counts. */
export function timesGiven(concessions: readonly CountedConcession[], offerId: string): number {
  return concessions.filter((c) => c.offerId === offerId).length;
}

/**
 * Why an offer costing `cost` would take the customer over `policy.customerCap`,
 * or null. Only offers that cost the client count as concessions: an even
 * exchange is not a give-away.
 */
export function capExcess(cost: Money, recent: RecentConcessions, policy: Policy, digits: number): string | null {
  const cap = policy.customerCap;
  if (cap === undefined || cost.isZero()) return null;
  const total = recent.cost.plus(cost);
  if (cap.maxCost !== undefined && total.gt(money(cap.maxCost))) {
    return `would bring the customer's concessions in ${cap.windowDays} days to ${formatMoney(total, digits)}, above the cap of ${cap.maxCost}`;
  }
  if (cap.maxCount !== undefined && recent.count + 1 > cap.maxCount) {
    return `the customer already had ${recent.count} concession(s) in ${cap.windowDays} days; the cap is ${cap.maxCount}`;
  }
  return null;
}
