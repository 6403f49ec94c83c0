import type { Arithmetic } from './arithmetic';
import type { Ratio } from './ratio';

/**
 * Thrown when an amount would leave the integer path's range (±2^52 minor
 * units, about 45 trillion dollars): the decision is then made again in
 * decimal.js. Internal; it never reaches a caller.
 */
export class OutsideExactRange extends Error {}

/** Unit prices and costs carry up to 6 decimals: line totals are summed in millionths. */
const UNIT_DIGITS = 6;
/** decimal.js keeps 40 significant digits: a product longer than that is rounded (half-up) before the next step. */
const PRECISION = 40;
/** |p| ≤ 2^52 and a divisor ≤ 10^15: p / d is then exact to the integer (see `divide`). */
const FAST_LIMIT = 2 ** 52;

const POW10: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** An amount the integer path holds: a whole number of minor units within ±2^52, so every quotient below truncates exactly. */
function safe(value: number): number {
  if (!(Number.isInteger(value) && Math.abs(value) <= FAST_LIMIT)) throw new OutsideExactRange();
  return value;
}

/**
 * `text` (digits, at most one dot, at most `scale` decimals: the schemas check it) × 10^scale, exactly,
 * read digit by digit. Past 2^53 the digits no longer add exactly, but the result is then past the range
 * and `safe` refuses it; more decimals than `scale` give NaN, refused too.
 */
function scaled(text: string, scale: number): number {
  let value = 0;
  let decimals = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 /* . */) decimals = 0;
    else {
      value = value * 10 + (code - 48);
      if (decimals >= 0) decimals++;
    }
  }
  return safe(value * POW10[scale - Math.max(decimals, 0)]!);
}

/**
 * p / 10^k rounded half away from zero, as decimal.js's ROUND_HALF_UP. With
 * |p| ≤ 2^52 the double quotient truncates to the exact integer quotient (an
 * error would need p ≥ 2^53), and the remainder is exact.
 */
function divide(p: number, k: number): number {
  if (k === 0) return p;
  if (k > 15 || !(Math.abs(p) <= FAST_LIMIT)) return big(BigInt(p), k);
  const d = POW10[k]!;
  const q = Math.trunc(p / d);
  const r = Math.abs(p - q * d);
  return r * 2 >= d ? q + Math.sign(p) : q;
}

/** The same in BigInt, for products too long for a double. */
function big(p: bigint, k: number): number {
  const d = 10n ** BigInt(k);
  const q = p / d;
  const r = p % d;
  const away = (r < 0n ? -r : r) * 2n >= d;
  return safe(Number(away ? q + (p < 0n ? -1n : 1n) : q));
}

/** A product as decimal.js holds it: rounded half-up to 40 significant digits. Returns the new coefficient and how many digits were dropped. */
function toPrecision(p: bigint): { coefficient: bigint; dropped: number } {
  const length = (p < 0n ? -p : p).toString().length;
  if (length <= PRECISION) return { coefficient: p, dropped: 0 };
  const dropped = length - PRECISION;
  const d = 10n ** BigInt(dropped);
  const q = p / d;
  const r = p % d;
  return { coefficient: (r < 0n ? -r : r) * 2n >= d ? q + (p < 0n ? -1n : 1n) : q, dropped };
}

/**
 * Money as an exact count of minor units (cents, yen, fils) in a double: the
 * fast path. Every step is exact integer arithmetic, rounding where
 * decimal.js rounds, so each amount is the one {@link decimalArithmetic}
 * gives (a differential test holds this); a step whose result would pass
 * 2^52 throws {@link OutsideExactRange}.
 */
export function minorUnits(digits: number): Arithmetic<number> {
  const one = POW10[digits]!;
  const scaleBig = (a: number, coefficient: bigint, exponent: number): number => big(BigInt(a) * coefficient, exponent);
  return {
    digits,
    zero: 0,
    amount: (text) => scaled(text, digits),
    lineTotal(lines, unit, quantity) {
      let total = 0;
      for (const line of lines) total = safe(total + safe(scaled(unit(line), UNIT_DIGITS) * quantity(line)));
      return divide(total, UNIT_DIGITS - digits);
    },
    times: (a, count) => safe(a * count),
    scale(a, ratio) {
      const p = a * ratio.small;
      return Math.abs(p) <= FAST_LIMIT ? divide(p, ratio.exponent) : scaleBig(a, ratio.coefficient, ratio.exponent);
    },
    scale2(a, first, second) {
      const p = a * first.small * second.small;
      if (Math.abs(p) <= FAST_LIMIT) return divide(p, first.exponent + second.exponent);
      // As decimal.js: first × a, rounded to 40 digits, × second, rounded to 40 digits, then to the currency.
      const once = toPrecision(first.coefficient * BigInt(a));
      const twice = toPrecision(once.coefficient * second.coefficient);
      // The amount's own digits cancel: the result is in minor units again.
      const exponent = first.exponent + second.exponent - once.dropped - twice.dropped;
      return exponent >= 0 ? big(twice.coefficient, exponent) : safe(Number(twice.coefficient * 10n ** BigInt(-exponent)));
    },
    atMost(a, base, ratio) {
      const left = a * POW10[ratio.exponent]!;
      const right = base * ratio.small;
      if (ratio.exponent <= 15 && Math.abs(left) <= FAST_LIMIT && Math.abs(right) <= FAST_LIMIT) return left <= right;
      return BigInt(a) * 10n ** BigInt(ratio.exponent) <= BigInt(base) * ratio.coefficient;
    },
    plus: (a, b) => safe(a + b),
    minus: (a, b) => safe(a - b),
    compare: (a, b) => a - b,
    isZero: (a) => a === 0,
    // Both exact integers, so the quotient is the correctly rounded value, as decimal.js's toNumber gives it.
    toNumber: (a) => a / one,
    quotient: (a, b) => a / b,
    format(a) {
      if (digits === 0) return String(a === 0 ? 0 : a);
      const units = Math.abs(a);
      const whole = Math.trunc(units / one);
      const fraction = String(units - whole * one);
      return `${a < 0 ? '-' : ''}${whole}.${fraction.length === digits ? fraction : '0'.repeat(digits - fraction.length) + fraction}`;
    },
  };
}
