import type { Ratio } from './ratio';

/**
 * The money operations a decision needs, written once in the pipeline and
 * implemented twice: in exact integer minor units (`minorUnits`, the fast
 * path) and in decimal.js (`decimalArithmetic`, the reference, and what a
 * decision falls back to when an amount leaves the integer path's exact
 * range). Every rounding is half-up (away from zero) to the currency's minor
 * digits, where the amount is computed. `A` is an amount in one of them.
 */
export interface Arithmetic<A> {
  /** The currency's minor digits (JPY 0, USD 2, KWD 3). */
  readonly digits: number;
  readonly zero: A;
  /** A money string with at most `digits` decimals (the schemas check it). */
  amount(text: string): A;
  /** Σ unit × quantity over `lines`, unit amounts of up to 6 decimals, rounded once at the end. */
  lineTotal<L>(lines: readonly L[], unit: (line: L) => string, quantity: (line: L) => number): A;
  /** `a` × a whole count. */
  times(a: A, count: number): A;
  /** `a` × `ratio`, rounded. */
  scale(a: A, ratio: Ratio): A;
  /** `a` × `first` × `second`, rounded once at the end (decimal.js keeps 40 significant digits between). */
  scale2(a: A, first: Ratio, second: Ratio): A;
  /** Whether `a` ≤ `base` × `ratio`, unrounded. */
  atMost(a: A, base: A, ratio: Ratio): boolean;
  plus(a: A, b: A): A;
  minus(a: A, b: A): A;
  /** Negative, zero or positive as `a` is below, equal to or above `b`. */
  compare(a: A, b: A): number;
  isZero(a: A): boolean;
  /** The nearest double: what rule facts compare. */
  toNumber(a: A): number;
  /** `a` / `b` as the nearest double (b not zero). */
  quotient(a: A, b: A): number;
  /** As JSON carries it: exactly `digits` decimals, no exponent, never `-0`. */
  format(a: A): string;
}
