import { round, ratio, money, type Money } from '../../money/money';
import type { Policy } from '../../schema/policy';
import type { ReturnContext } from '../facts/ReturnContext';

/**
 * What the plain return costs the client: the refund, plus return shipping and
 * processing, less what reselling the goods recovers (refund × resaleRate).
 * Without `policy.returnCosts` it is the refund alone. Outside the return
 * window it is 0: no refund is owed, so the return loses the client nothing,
 * no offer is cheaper than that, and only a rule's goodwill offer is made.
 */
export function returnLoss(context: ReturnContext, policy: Policy): Money {
  if (!context.returnWindow.inside) return money('0');
  const refund = context.returnValue;
  const costs = policy.returnCosts;
  if (costs === undefined) return refund;
  const resale = round(refund.times(ratio(costs.resaleRate)), context.digits);
  return refund.plus(money(costs.shipping)).plus(money(costs.processing)).minus(resale);
}
