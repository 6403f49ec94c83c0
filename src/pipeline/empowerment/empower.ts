import type { Arithmetic } from '../../money/arithmetic';
import type { PreparedLevel, PreparedMoney } from '../../prepared/PreparedMoney';
import type { Withheld } from '../../schema/decision';
import type { Policy } from '../../schema/policy';
import type { Candidate } from '../candidates/Candidate';
import type { ReturnContext } from '../facts/ReturnContext';
import { capExcess } from './customerCap';

/**
 * Stage 7: "empowerment is policy". An offer within the caller's level is
 * given; one within a higher level is kept with the lowest such level as
 * `approval`; one above every level, or one that would take the customer over
 * the cap, is withheld. A portal cannot escalate, so it is never shown an
 * offer that needs approval.
 */
export function empower<A>(
  candidates: readonly Candidate<A>[],
  context: ReturnContext<A>,
  policy: Policy,
  money: PreparedMoney<A>,
  /** The decision's withheld offers so far, in stage order: this stage adds its own (default: a list of its own). */
  withheld: Withheld[] = [],
): { candidates: Candidate<A>[]; withheld: Withheld[] } {
  const { m, levels } = money;
  const kept: Candidate<A>[] = [];
  const caller = context.callerLevel;

  for (const candidate of candidates) {
    const offerId = candidate.prepared.id;
    const byCaller = candidate.requiredLevel <= caller && allows(levels[caller]!, candidate, context, m);
    const start = Math.max(caller + 1, candidate.requiredLevel);
    const approver = byCaller ? levels[caller] : levels.find((level, index) => index >= start && allows(level, candidate, context, m));
    if (approver === undefined) {
      const top = levels[levels.length - 1]!;
      withheld.push({ offerId, why: 'over-limit', detail: `costs ${m.format(candidate.cost)}: no level from ${levels[Math.min(start, levels.length - 1)]!.id} to ${top.id} may give it` });
      continue;
    }
    if (!byCaller && context.request.channel === 'portal') {
      withheld.push({ offerId, why: 'over-limit', detail: `needs approval at level ${approver.id}, and a portal request cannot escalate` });
      continue;
    }
    const overCap = capExcess(candidate.cost, context.recentConcessions, policy, m, money.capMaxCost);
    if (overCap !== null) {
      withheld.push({ offerId, why: 'customer-cap', detail: overCap });
      continue;
    }
    candidate.approval = byCaller ? null : { level: approver.id };
    kept.push(candidate);
  }
  return { candidates: kept, withheld };
}

/** Whether `level` may give the candidate: its kinds, its maxCost, and its maxPercentOfReturn of the return value. */
function allows<A>(level: PreparedLevel<A>, candidate: Candidate<A>, context: ReturnContext<A>, m: Arithmetic<A>): boolean {
  return (
    (level.kinds === undefined || level.kinds.includes(candidate.prepared.kind)) &&
    m.compare(candidate.cost, level.maxCost) <= 0 &&
    (level.maxPercentOfReturn === undefined || m.atMost(candidate.cost, context.returnValue, level.maxPercentOfReturn))
  );
}
