import type { PreparedMoney } from '../../prepared/PreparedMoney';
import type { ReturnContext } from '../facts/ReturnContext';

/**
 * What the plain return costs the client: the refund, plus return shipping and
 * processing, less what reselling the goods recovers (refund × resaleRate).
 * Without `policy.returnCosts` it is the refund alone. Outside the return
 * window it is 0: no refund is owed, so the return loses the client nothing,
 * no offer is cheaper than that, and only a rule's goodwill offer is made.
 */
export function returnLoss<A>(context: ReturnContext<A>, money: PreparedMoney<A>): A {
  const { m } = money;
  if (!context.returnWindow.inside) return m.zero;
  const refund = context.returnValue;
  if (money.resaleRate === undefined) return refund;
  const resale = m.scale(refund, money.resaleRate);
  return m.minus(m.plus(m.plus(refund, money.returnShipping!), money.returnProcessing!), resale);
}
