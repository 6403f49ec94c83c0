import { epochDay } from '../dates';
import type { ValidRequest } from '../schema/request';

/** What the history says about one SKU: its name and category, as the first order items that name them give them. */
export interface SkuFacts {
  name?: string;
  category?: string;
}

/** One customer returning one SKU for one reason on one day (UTC). */
export interface Sighting {
  readonly customer: string;
  readonly day: number;
}

/**
 * Everything a recall search keeps of a history: per SKU and reason, who
 * returned it on which day. Windows are cut only at the end, because they are
 * anchored on the history's first day, which a stream does not know up front.
 */
export interface ReturnSightings {
  readonly skus: Map<string, SkuFacts>;
  /** sku → reason → sightings, in the order they were added. */
  readonly bySku: Map<string, Map<string, Sighting[]>>;
  readonly reasons: Set<string>;
  firstDay: number;
  lastDay: number;
}

/** An empty tally. */
export function returnSightings(): ReturnSightings {
  return { skus: new Map(), bySku: new Map(), reasons: new Set(), firstDay: Infinity, lastDay: -Infinity };
}

/** Adds one validated request: each SKU it returns is seen once, for the request's reason, whatever the quantity. */
export function addSighting(tally: ReturnSightings, request: ValidRequest): void {
  const day = epochDay(request.receivedAt);
  tally.firstDay = Math.min(tally.firstDay, day);
  tally.lastDay = Math.max(tally.lastDay, day);
  for (const item of request.order.items) {
    const facts = tally.skus.get(item.sku) ?? {};
    facts.name ??= item.name;
    facts.category ??= item.category;
    tally.skus.set(item.sku, facts);
  }
  const reason = request.reason.code;
  tally.reasons.add(reason);
  const sighting = { customer: request.customer.id, day };
  for (const sku of new Set(request.lines.map((line) => line.sku))) {
    if (!tally.skus.has(sku)) tally.skus.set(sku, {});
    const byReason = tally.bySku.get(sku) ?? new Map<string, Sighting[]>();
    tally.bySku.set(sku, byReason);
    const sightings = byReason.get(reason) ?? [];
    byReason.set(reason, sightings);
    sightings.push(sighting);
  }
}
