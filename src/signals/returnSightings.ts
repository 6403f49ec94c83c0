import { epochDay } from '../dates';
import type { ValidRequest } from '../schema/request';

/** What the history says about one SKU: its name and category, as the first order items that name them give them. */
export interface SkuFacts {
  name?: string;
  category?: string;
}

/**
 * One customer returning one SKU for one reason on one day (UTC), packed in
 * one number: the customer's index × DAY_SPAN + the day + DAY_OFFSET. A
 * history of millions of returns then takes 8 bytes a return, not an object
 * and a string each. The offset covers every day of the years 0000–9999; the
 * span leaves room for 2^30 customers within exact integers.
 */
export type Sighting = number;

const DAY_OFFSET = 2 ** 22;
const DAY_SPAN = 2 ** 23;

/** The customer (an index into `ReturnSightings.customers`) of a sighting. */
export function customerOf(sighting: Sighting): number {
  return Math.floor(sighting / DAY_SPAN);
}

/** The day (days since 1970-01-01, UTC) of a sighting. */
export function dayOf(sighting: Sighting): number {
  return (sighting % DAY_SPAN) - DAY_OFFSET;
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
  /** Customer id → its index, so that a sighting holds a number, not the id. */
  readonly customers: Map<string, number>;
  firstDay: number;
  lastDay: number;
}

/** An empty tally. */
export function returnSightings(): ReturnSightings {
  return { skus: new Map(), bySku: new Map(), reasons: new Set(), customers: new Map(), firstDay: Infinity, lastDay: -Infinity };
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
  let customer = tally.customers.get(request.customer.id);
  if (customer === undefined) tally.customers.set(request.customer.id, (customer = tally.customers.size));
  const sighting: Sighting = customer * DAY_SPAN + day + DAY_OFFSET;
  for (const sku of new Set(request.lines.map((line) => line.sku))) {
    if (!tally.skus.has(sku)) tally.skus.set(sku, {});
    const byReason = tally.bySku.get(sku) ?? new Map<string, Sighting[]>();
    tally.bySku.set(sku, byReason);
    const sightings = byReason.get(reason) ?? [];
    byReason.set(reason, sightings);
    sightings.push(sighting);
  }
}
