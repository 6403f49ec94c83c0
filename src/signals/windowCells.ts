import { customerOf, dayOf, type ReturnSightings } from './returnSightings';

/** Distinct customers of one SKU × reason in one window. */
export interface WindowCell {
  readonly sku: string;
  readonly reason: string;
  /** The window's index, 0 for the one that starts on the history's first day. */
  readonly window: number;
  readonly customers: number;
}

/**
 * The windows: back to back, `windowDays` long, the first starting on the
 * day (UTC) of the history's earliest request, the last cut short at the day
 * of its latest. The same history always gives the same windows, whatever
 * order its requests come in.
 */
export interface Windows {
  readonly firstDay: number;
  readonly windowDays: number;
  readonly count: number;
  /** Days the history covers, first and last included. */
  readonly totalDays: number;
  /** Days in window `k` (the last may be shorter). */
  days(k: number): number;
}

/** The windows of a history (none when it is empty). */
export function windowsOf(tally: ReturnSightings, windowDays: number): Windows {
  const empty = tally.firstDay > tally.lastDay;
  const totalDays = empty ? 0 : tally.lastDay - tally.firstDay + 1;
  const count = Math.ceil(totalDays / windowDays);
  return { firstDay: tally.firstDay, windowDays, count, totalDays, days: (k) => Math.min(windowDays, totalDays - k * windowDays) };
}

/** Every SKU × reason × window with at least one customer; a customer seen twice in a window counts once. */
export function windowCells(tally: ReturnSightings, windows: Windows): WindowCell[] {
  const cells: WindowCell[] = [];
  for (const [sku, byReason] of tally.bySku) {
    for (const [reason, sightings] of byReason) {
      const customers = new Map<number, Set<number>>();
      for (const sighting of sightings) {
        const k = Math.floor((dayOf(sighting) - windows.firstDay) / windows.windowDays);
        const seen = customers.get(k) ?? new Set<number>();
        customers.set(k, seen.add(customerOf(sighting)));
      }
      for (const [window, seen] of customers) cells.push({ sku, reason, window, customers: seen.size });
    }
  }
  return cells;
}
