import type { Money } from '../../money/money';
import type { OrderItem, ValidRequest } from '../../schema/request';

/** Units returned of one order line (a return line naming only a SKU may span several: see `matchLines`). */
export interface ReturnedLine {
  readonly item: OrderItem;
  readonly quantity: number;
}

/**
 * What every later stage needs to know about this return, derived once from
 * the validated request: the lines with their items, the amounts in Decimal,
 * and the caller's place in the escalation chain.
 */
export interface ReturnContext {
  readonly request: ValidRequest;
  /** Minor digits of the order currency. */
  readonly digits: number;
  /** `receivedAt` in epoch milliseconds: "now" for every date comparison. */
  readonly now: number;
  readonly lines: readonly ReturnedLine[];
  /** Σ unitPrice × quantity over the returned lines, rounded to the currency: the refund of a plain return. */
  readonly returnValue: Money;
  readonly orderTotal: Money;
  /** Index of the caller's level in `policy.levels`. */
  readonly callerLevel: number;
  /** The customer's concessions inside the cap window. */
  readonly recentConcessions: { readonly cost: Money; readonly count: number };
  /** A returned SKU with this reason is under watch: a suspected product problem. */
  readonly watched: boolean;
}
