/**
 * The integer path against decimal.js, the reference: every operation a
 * decision makes gives the same amount in both (compared as the JSON shows
 * it), or the integer path says it is out of its range, for amounts and
 * ratios anywhere a config or request allows, in currencies of 0 to 4 digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyParameters } from '../../test/support/arbitraries';
import type { Arithmetic } from './arithmetic';
import { decimalArithmetic } from './decimalArithmetic';
import { minorUnits, OutsideExactRange } from './minorUnits';
import { percentOf, ratioOf } from './ratio';

const digits = fc.constantFrom(0, 2, 3, 4);
/** Whole digits, small and large (up to the schemas' 15), and up to `decimals` decimals. */
const text = (decimals: number) =>
  fc
    .tuple(fc.oneof(fc.bigInt({ min: 0n, max: 9_999n }), fc.bigInt({ min: 0n, max: 999_999_999_999_999n })), fc.integer({ min: 0, max: decimals }), fc.bigInt({ min: 0n, max: 999_999n }))
    .map(([whole, places, fraction]) => (places === 0 ? String(whole) : `${whole}.${String(fraction).padStart(6, '0').slice(0, places)}`));
/** A ratio as configs and models give them: round percents and rates, and doubles with 17 digits. */
const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
const rate = fc.oneof(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), fc.double({ min: 0, max: 1, noNaN: true }));
const weight = fc.oneof(fc.constantFrom(0, 1, 1.5, 2, 1000), fc.double({ min: 0, max: 1000, noNaN: true }));

/** Runs `operation` in both arithmetics; the same JSON text, unless the integer path is out of range. */
function same(d: number, operation: <A>(m: Arithmetic<A>) => A | string | number | boolean): void {
  const reference = decimalArithmetic(d);
  let exact: unknown;
  try {
    exact = operation(minorUnits(d));
  } catch (error) {
    if (error instanceof OutsideExactRange) return;
    throw error;
  }
  const expected = operation(reference);
  // An amount is compared as the decision shows it; a number, a sign or a truth value as it is.
  if (typeof expected === 'object') expect(minorUnits(d).format(exact as number)).toBe(reference.format(expected));
  else expect(exact).toStrictEqual(expected);
}

describe('property: exact minor units give what decimal.js gives', () => {
  it('parses, adds, subtracts, compares and multiplies by a count', () => {
    fc.assert(
      fc.property(digits, text(4), text(4), fc.integer({ min: 0, max: 1_000_000 }), (d, a, b, count) => {
        const fit = (t: string) => (t.includes('.') ? t.slice(0, t.indexOf('.') + 1 + d).replace(/\.$/, '') : t);
        const [x, y] = [fit(a), fit(b)];
        same(d, (m) => m.amount(x));
        same(d, (m) => m.plus(m.amount(x), m.amount(y)));
        same(d, (m) => m.minus(m.amount(x), m.amount(y)));
        same(d, (m) => Math.sign(m.compare(m.amount(x), m.amount(y))));
        same(d, (m) => m.times(m.amount(x), count));
        same(d, (m) => m.isZero(m.amount(x)));
        same(d, (m) => m.toNumber(m.amount(x)));
        same(d, (m) => (m.isZero(m.amount(y)) ? 0 : m.quotient(m.amount(x), m.amount(y))));
      }),
      propertyParameters,
    );
  });

  it('sums unit amounts of up to 6 decimals and rounds once', () => {
    fc.assert(
      fc.property(digits, fc.array(fc.tuple(text(6), fc.integer({ min: 1, max: 1_000_000 })), { maxLength: 5 }), (d, lines) => {
        same(d, (m) => m.lineTotal(lines, ([unit]) => unit, ([, quantity]) => quantity));
      }),
      propertyParameters,
    );
  });

  it('scales by percents, rates and weights, rounding half-up where decimal.js does (negative amounts too)', () => {
    fc.assert(
      fc.property(digits, text(4), fc.boolean(), percent, rate, weight, (d, a, negative, p, r, w) => {
        const fit = a.includes('.') ? a.slice(0, a.indexOf('.') + 1 + d).replace(/\.$/, '') : a;
        const amount = <A>(m: Arithmetic<A>) => (negative ? m.minus(m.zero, m.amount(fit)) : m.amount(fit));
        same(d, (m) => m.scale(amount(m), percentOf(p)));
        same(d, (m) => m.scale(amount(m), ratioOf(r)));
        same(d, (m) => m.scale2(amount(m), ratioOf(r), ratioOf(w)));
        same(d, (m) => m.atMost(m.amount(fit), m.amount(fit), percentOf(p)));
      }),
      propertyParameters,
    );
  });

  it('rounds a half away from zero, and formats without -0', () => {
    const m = minorUnits(2);
    expect(m.format(m.scale(m.amount('0.05'), percentOf(50)))).toBe('0.03');
    expect(m.format(m.scale(m.minus(m.zero, m.amount('0.05')), percentOf(50)))).toBe('-0.03');
    expect(m.format(m.scale(m.minus(m.zero, m.amount('0.01')), percentOf(10)))).toBe('0.00');
    expect(minorUnits(0).format(minorUnits(0).amount('1005'))).toBe('1005');
    expect(minorUnits(3).format(minorUnits(3).amount('1.5'))).toBe('1.500');
  });

  it('says so when an amount is beyond 2^52 minor units, rather than losing a digit', () => {
    expect(() => minorUnits(4).amount('999999999999999.9999')).toThrow(OutsideExactRange);
    expect(() => minorUnits(2).times(minorUnits(2).amount('999999999999'), 1_000_000)).toThrow(OutsideExactRange);
  });
});
