import Decimal from 'decimal.js';

/**
 * One Decimal constructor for all money: 40 significant digits and half-up
 * rounding, cloned so a host that reconfigures the global `Decimal` cannot
 * change our arithmetic.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** An amount inside savedesk. */
export type Money = Decimal;

/** A money amount as JSON carries it: a plain decimal string, no exponent, no sign. */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,14})(\.\d{1,4})?$/;

/** Parses a string already checked against {@link MONEY_PATTERN}. */
export function money(text: string): Money {
  return new Money(text);
}

/** Turns a ratio given as a JSON number (0.25, 20) into a Decimal without binary noise. */
export function ratio(value: number): Money {
  return new Money(String(value));
}

/** Rounds half-up to the currency's minor digits. */
export function round(amount: Money, digits: number): Money {
  return amount.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
}

/** The amount as it leaves savedesk: rounded half-up, exactly `digits` decimals. */
export function formatMoney(amount: Money, digits: number): string {
  const text = amount.toFixed(digits, Decimal.ROUND_HALF_UP);
  return text.startsWith('-') && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** How many decimal places a money string carries. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The sum of amounts, exactly. */
export function sum(amounts: Iterable<Money>): Money {
  let total = new Money(0);
  for (const amount of amounts) total = total.plus(amount);
  return total;
}
