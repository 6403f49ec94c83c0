/** Date arithmetic on ISO strings savedesk has validated; "now" is always passed in, never read. */

const DAY_MS = 86_400_000;

/** The decimal digit of `text` at `at`, or NaN when it is not one. */
function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

/** Two decimal digits of `text` at `at`, or NaN when either is not a digit. */
function twoDigits(text: string, at: number): number {
  return digit(text, at) * 10 + digit(text, at + 1);
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil); a day past the month's end runs on, as `Date.parse` does. */
function civilDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/**
 * `Date.parse(text)` for a validated ISO date or date-time. The shapes
 * requests nearly always carry — `2026-03-01`, `2026-03-01T10:00:00Z` and
 * `2026-03-01T10:00:00.000Z` (what `toISOString` writes) — are read digit by
 * digit (a fifth of `Date.parse`'s time, and a decision reads several dates);
 * anything else — an offset, other fractions, a field out of its usual range —
 * goes to `Date.parse`. A property test holds the two equal.
 */
export function instant(text: string): number {
  const length = text.length;
  if (length === 10 || (text.charCodeAt(length - 1) === 90 /* Z */ && text.charCodeAt(10) === 84 /* T */ && (length === 20 || (length === 24 && text.charCodeAt(19) === 46 /* . */)))) {
    const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
      const date = civilDays(year, month, day) * DAY_MS;
      if (length === 10) return date;
      const hours = twoDigits(text, 11);
      const minutes = twoDigits(text, 14);
      const seconds = twoDigits(text, 17);
      // Milliseconds: hundreds, then the last two digits.
      const millis = length === 24 ? digit(text, 20) * 100 + twoDigits(text, 21) : 0;
      if (hours <= 23 && minutes <= 59 && seconds <= 59 && millis <= 999 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
        return date + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis;
      }
    }
  }
  return Date.parse(text);
}

/** Whole days from an ISO date or date-time to `now` (epoch ms). */
export function daysBetween(isoDate: string, now: number): number {
  return Math.floor((now - instant(isoDate)) / DAY_MS);
}

/** `now` less a number of days. */
export function daysBefore(now: number, days: number): number {
  return now - days * DAY_MS;
}

/** The last moment an ISO date or date-time covers: a date-only value includes its whole day. */
export function endOf(isoDate: string): number {
  return isoDate.length === 10 ? instant(isoDate) + DAY_MS - 1 : instant(isoDate);
}

/** Whole days since 1970-01-01 (UTC) of an ISO date-time: the day it falls on, in UTC. */
export function epochDay(isoDateTime: string): number {
  return Math.floor(Date.parse(isoDateTime) / DAY_MS);
}

/** The ISO date (`2026-03-01`) of a day counted as {@link epochDay} counts it. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
