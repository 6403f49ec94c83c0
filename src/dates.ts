/** Date arithmetic on ISO strings savedesk has validated; "now" is always passed in, never read. */

const DAY_MS = 86_400_000;

/** Whole days from an ISO date or date-time to `now` (epoch ms). */
export function daysBetween(isoDate: string, now: number): number {
  return Math.floor((now - Date.parse(isoDate)) / DAY_MS);
}

/** `now` less a number of days. */
export function daysBefore(now: number, days: number): number {
  return now - days * DAY_MS;
}

/** The last moment an ISO date or date-time covers: a date-only value includes its whole day. */
export function endOf(isoDate: string): number {
  return isoDate.length === 10 ? Date.parse(isoDate) + DAY_MS - 1 : Date.parse(isoDate);
}

/** Whole days since 1970-01-01 (UTC) of an ISO date-time: the day it falls on, in UTC. */
export function epochDay(isoDateTime: string): number {
  return Math.floor(Date.parse(isoDateTime) / DAY_MS);
}

/** The ISO date (`2026-03-01`) of a day counted as {@link epochDay} counts it. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
