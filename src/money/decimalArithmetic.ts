import type { Arithmetic } from './arithmetic';
import { formatMoney, Money, money, round, sum } from './money';
import type { Ratio } from './ratio';

const decimals = new WeakMap<Ratio, Money>();

/** A ratio as the Decimal savedesk always used for it: `new Decimal(String(value))`, shifted for a percent. */
function decimalOf(ratio: Ratio): Money {
  let value = decimals.get(ratio);
  if (value === undefined) decimals.set(ratio, (value = new Money(`${ratio.coefficient}e-${ratio.exponent}`)));
  return value;
}

/**
 * Money in decimal.js (40 significant digits, half-up): the reference the
 * integer path is held to, and the path for amounts beyond its exact range.
 */
export function decimalArithmetic(digits: number): Arithmetic<Money> {
  return {
    digits,
    zero: new Money(0),
    amount: money,
    lineTotal: (lines, unit, quantity) => round(sum(lines.map((line) => money(unit(line)).times(quantity(line)))), digits),
    times: (a, count) => a.times(count),
    scale: (a, ratio) => round(a.times(decimalOf(ratio)), digits),
    scale2: (a, first, second) => round(decimalOf(first).times(a).times(decimalOf(second)), digits),
    atMost: (a, base, ratio) => a.lte(base.times(decimalOf(ratio))),
    plus: (a, b) => a.plus(b),
    minus: (a, b) => a.minus(b),
    compare: (a, b) => a.comparedTo(b),
    isZero: (a) => a.isZero(),
    toNumber: (a) => a.toNumber(),
    quotient: (a, b) => a.div(b).toNumber(),
    format: (a) => formatMoney(a, digits),
  };
}
