import { money } from '../../money/money';
import { messages } from '../../errors/messages';
import type { Issue } from '../../errors/issue';

/** What matching reads of an order line. */
export interface LineOfOrder {
  readonly lineId?: string | undefined;
  readonly sku: string;
  readonly unitPrice: string;
  readonly quantity: number;
}

/** What matching reads of a return line. */
export interface LineReturned {
  readonly lineId?: string | undefined;
  readonly sku: string;
  readonly quantity: number;
}

/** Units of one order line taken by the return. */
export interface LineMatch {
  /** Index in `order.items`. */
  readonly item: number;
  readonly quantity: number;
}

/**
 * Matches return lines to order lines. A line with a `lineId` takes units of
 * that order line exactly; a line that names only its SKU takes units of that
 * SKU's order lines, dearest first (ties in the order's order), after the lines
 * named by `lineId`. Dearest first because, when a customer returns one of
 * several copies bought at different prices, nothing says which copy comes
 * back, and the refund they can claim is the highest price paid: a plain
 * return's refund must not be understated. Returns the units taken per order
 * line, in the order's order, and an issue for every line that cannot be matched,
 * at its own index. A line that could not be read (null) is skipped.
 */
export function matchLines(items: readonly LineOfOrder[], lines: readonly (LineReturned | null)[]): { matches: LineMatch[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const left = items.map((item) => item.quantity);
  const taken = new Array<number>(items.length).fill(0);
  const take = (i: number, quantity: number) => {
    left[i]! -= quantity;
    taken[i]! += quantity;
  };
  if (lines.some((line) => line?.lineId !== undefined)) {
    const byLineId = new Map(items.flatMap((item, i) => (item.lineId === undefined ? [] : [[item.lineId, i] as const])));
    lines.forEach((line, i) => {
      if (line?.lineId === undefined) return;
      const at = byLineId.get(line.lineId);
      if (at === undefined) issues.push({ code: 'unknown-order-line', path: `lines[${i}].lineId`, message: messages.noSuchOrderLine(line.lineId, [...byLineId.keys()]) });
      else if (items[at]!.sku !== line.sku) issues.push({ code: 'line-sku-differs', path: `lines[${i}].sku`, message: messages.lineSkuDiffers(line.lineId, items[at]!.sku, line.sku) });
      else if (line.quantity > left[at]!) issues.push({ code: 'line-over-ordered', path: `lines[${i}].quantity`, message: messages.lineOverOrdered(line.sku, taken[at]! + line.quantity, items[at]!.quantity) });
      else take(at, line.quantity);
    });
  }
  const dearestFirst = new Map<string, number[]>();
  items.forEach((item, i) => {
    const indexes = dearestFirst.get(item.sku);
    if (indexes === undefined) dearestFirst.set(item.sku, [i]);
    else indexes.push(i);
  });
  for (const indexes of dearestFirst.values()) {
    if (indexes.length > 1) indexes.sort((a, b) => money(items[b]!.unitPrice).comparedTo(money(items[a]!.unitPrice)) || a - b);
  }
  const returnedOfSku = new Map<string, number>();
  lines.forEach((line, i) => {
    if (line === null || line.lineId !== undefined) return;
    const candidates = dearestFirst.get(line.sku);
    if (candidates === undefined) {
      issues.push({ code: 'line-not-in-order', path: `lines[${i}].sku`, message: messages.lineNotInOrder(line.sku) });
      return;
    }
    returnedOfSku.set(line.sku, (returnedOfSku.get(line.sku) ?? 0) + line.quantity);
    let available = 0;
    for (const at of candidates) available += left[at]!;
    if (line.quantity > available) {
      const ordered = candidates.reduce((total, at) => total + items[at]!.quantity, 0);
      issues.push({ code: 'line-over-ordered', path: `lines[${i}].quantity`, message: messages.lineOverOrdered(line.sku, returnedOfSku.get(line.sku)!, ordered) });
      return;
    }
    let wanted = line.quantity;
    for (const at of candidates) {
      const units = Math.min(wanted, left[at]!);
      if (units > 0) take(at, units);
      wanted -= units;
    }
  });
  const matches: LineMatch[] = [];
  taken.forEach((quantity, item) => {
    if (quantity > 0) matches.push({ item, quantity });
  });
  return { matches, issues };
}
