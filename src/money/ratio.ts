/**
 * A JSON number from a config or a model (a percent, a rate, a weight) as the
 * exact decimal it is written as: `coefficient × 10^-exponent`. `String(value)`
 * is the shortest text that reads back as the same double, the text decimal.js
 * is given too (`new Decimal(String(value))`), so both sides compute with the
 * same decimal, never the double's binary expansion.
 */
export interface Ratio {
  /** The number itself. */
  readonly value: number;
  /** Its shortest decimal text, as `String(value)` gives it. */
  readonly text: string;
  readonly coefficient: bigint;
  /** The coefficient as a number when it is a safe integer, else NaN: the integer fast path's operand. */
  readonly small: number;
  readonly exponent: number;
}

/** `value` (a finite, non-negative number) as an exact decimal ratio. */
export function ratioOf(value: number): Ratio {
  const text = String(value);
  const [mantissa = '0', power] = text.split('e');
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let exponent = (dot < 0 ? 0 : mantissa.length - dot - 1) - (power === undefined ? 0 : Number(power));
  let coefficient = BigInt(digits);
  // 1e+21 and the like: a whole number with no decimals.
  if (exponent < 0) {
    coefficient *= 10n ** BigInt(-exponent);
    exponent = 0;
  }
  return { value, text, coefficient, small: Number.isSafeInteger(Number(coefficient)) ? Number(coefficient) : Number.NaN, exponent };
}

/** `percent` / 100, exactly: `ratioOf(percent)` two places further right. */
export function percentOf(percent: number): Ratio {
  const ratio = ratioOf(percent);
  return { ...ratio, exponent: ratio.exponent + 2 };
}

/** How many ratios {@link cachedRatio} keeps before it starts over. */
const MEMO_LIMIT = 4096;
const memo = new Map<number, Ratio>();

/**
 * {@link ratioOf}, remembered: the rates and weights a decision multiplies by
 * (acceptance rates, rule weights) come from a few values that recur on every
 * decision. Starts over when full, so it cannot grow without bound.
 */
export function cachedRatio(value: number): Ratio {
  let ratio = memo.get(value);
  if (ratio === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(value, (ratio = ratioOf(value)));
  }
  return ratio;
}
