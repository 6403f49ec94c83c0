import { formatMoney, Money, money, percentage } from '../../money/money';
import type { Withheld } from '../../schema/decision';
import type { Policy } from '../../schema/policy';
import type { ReturnContext } from '../facts/ReturnContext';
import type { PricedCandidate } from '../price/priceCandidates';
import { extend } from '../../util/extend';
import { capExcess } from './customerCap';

/** A priced candidate that someone in the chain may give. */
export type EmpoweredCandidate = PricedCandidate & {
  /** null when the caller may give it; otherwise the lowest level above the caller that may. */
  readonly approval: null | { readonly level: string };
};

type Level = Policy['levels'][number];

/**
 * Stage 7: "empowerment is policy". An offer within the caller's level is
 * given; one within a higher level is kept with the lowest such level as
 * `approval`; one above every level, or one that would take the customer over
 * the cap, is withheld. A portal cannot escalate, so it is never shown an
 * offer that needs approval.
 */
export function empower(
  candidates: readonly PricedCandidate[],
  context: ReturnContext,
  policy: Policy,
): { candidates: EmpoweredCandidate[]; withheld: Withheld[] } {
  const kept: EmpoweredCandidate[] = [];
  const withheld: Withheld[] = [];
  const caller = context.callerLevel;
  const levels = policy.levels;
  const amount = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, context.digits);

  const limits = candidates.length === 0 ? [] : levels.map((level) => costLimit(level, context));

  for (const candidate of candidates) {
    const offerId = candidate.offer.id;
    const allows = (level: Level, index: number) => allowedAt(level, limits[index]!, candidate);
    const byCaller = candidate.requiredLevel <= caller && allows(levels[caller]!, caller);
    const start = Math.max(caller + 1, candidate.requiredLevel);
    const approver = byCaller ? levels[caller] : levels.find((level, index) => index >= start && allows(level, index));
    if (approver === undefined) {
      const top = levels[levels.length - 1]!;
      withheld.push({ offerId, why: 'over-limit', detail: `costs ${amount(candidate.cost)}: no level from ${levels[Math.min(start, levels.length - 1)]!.id} to ${top.id} may give it` });
      continue;
    }
    if (!byCaller && context.request.channel === 'portal') {
      withheld.push({ offerId, why: 'over-limit', detail: `needs approval at level ${approver.id}, and a portal request cannot escalate` });
      continue;
    }
    const overCap = capExcess(candidate.cost, context.recentConcessions, policy, context.digits);
    if (overCap !== null) {
      withheld.push({ offerId, why: 'customer-cap', detail: overCap });
      continue;
    }
    kept.push(extend(candidate, { approval: byCaller ? null : { level: approver.id } }));
  }
  return { candidates: kept, withheld };
}

/** The most one offer may cost at a level for this return: its maxCost, and maxPercentOfReturn of the return value. Worked out once per decision. */
function costLimit(level: Level, context: ReturnContext): Money {
  const maxCost = money(level.maxCost);
  if (level.maxPercentOfReturn === undefined) return maxCost;
  return Money.min(maxCost, context.returnValue.times(percentage(level.maxPercentOfReturn)));
}

function allowedAt(level: Level, limit: Money, candidate: PricedCandidate): boolean {
  if (level.kinds !== undefined && !level.kinds.includes(candidate.offer.kind)) return false;
  return candidate.cost.lte(limit);
}
