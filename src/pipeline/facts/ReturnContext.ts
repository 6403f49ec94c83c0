import type { OrderItem, ValidRequest } from '../../schema/request';

/**
 * Units returned of one order line (a return line naming only a SKU may span
 * several: see `matchLines`), with the item's fields the stages read copied
 * out: order items with and without their optional fields are objects of many
 * shapes, and reading a field across many shapes is several times slower.
 */
export interface ReturnedLine {
  readonly item: OrderItem;
  readonly quantity: number;
  readonly sku: string;
  readonly unitPrice: string;
  /** The unit cost, or the unit price when the item gives none: the worst case for the client. */
  readonly unitCost: string;
  readonly category: string | undefined;
  readonly tags: readonly string[] | undefined;
}

/** What a line total reads of a returned line. */
export const unitPriceOf = (line: ReturnedLine): string => line.unitPrice;
export const unitCostOf = (line: ReturnedLine): string => line.unitCost;
export const quantityOf = (line: ReturnedLine): number => line.quantity;

/** `quantity` units of `item`, as the stages read them. */
export function returnedLine(item: OrderItem, quantity: number): ReturnedLine {
  return { item, quantity, sku: item.sku, unitPrice: item.unitPrice, unitCost: item.unitCost ?? item.unitPrice, category: item.category, tags: item.tags };
}

/**
 * Where the return stands against `policy.returnWindowDays`: inside (or no
 * window), or outside with the days counted and what they were counted from.
 */
export type ReturnWindow =
  | { readonly inside: true }
  | { readonly inside: false; readonly since: 'delivered' | 'ordered'; readonly days: number; readonly windowDays: number };

/**
 * What every later stage needs to know about this return, derived once from
 * the validated request: the lines with their items, the amounts (`A`: exact
 * minor units, or Decimal), and the caller's place in the escalation chain.
 */
export interface ReturnContext<A = unknown> {
  readonly request: ValidRequest;
  /** Minor digits of the order currency. */
  readonly digits: number;
  /** `receivedAt` in epoch milliseconds: "now" for every date comparison. */
  readonly now: number;
  readonly lines: readonly ReturnedLine[];
  /** Σ unitPrice × quantity over the returned lines, rounded to the currency: the refund of a plain return. */
  readonly returnValue: A;
  readonly orderTotal: A;
  /** Index of the caller's level in `policy.levels`. */
  readonly callerLevel: number;
  /** The customer's concessions inside the cap window. */
  readonly recentConcessions: { readonly cost: A; readonly count: number };
  /** Outside the return window no refund is owed, so the plain return loses nothing and any offer is goodwill. */
  readonly returnWindow: ReturnWindow;
  /** A returned SKU with this reason is under watch: a suspected product problem. */
  readonly watched: boolean;
}
