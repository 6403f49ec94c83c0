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

/** A unit price or cost: like {@link MONEY_PATTERN}, with up to 6 decimals (real price lists carry sub-penny prices). */
export const UNIT_AMOUNT_PATTERN = /^(0|[1-9]\d{0,14})(\.\d{1,6})?$/;

/** How many parsed amounts are kept before the memo starts over. */
const MEMO_LIMIT = 4096;

/**
 * Remembers parses: parsing is the dearest step of most money operations,
 * and the same texts (a client's limits, prices and rates) recur on every
 * decision. A Decimal is immutable, so sharing one is safe and no result can
 * change; the memo starts over when full, so a stream of distinct request
 * amounts cannot grow it without bound.
 */
function memoized<Key, Value>(parse: (key: Key) => Value): (key: Key) => Value {
  const memo = new Map<Key, Value>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, (value = parse(key)));
    }
    return value;
  };
}

/** Parses a string already checked against {@link MONEY_PATTERN}. */
export const money: (text: string) => Money = memoized((text) => new Money(text));

/**
 * A money string as a JS number, for rule facts: the nearest double, as
 * `money(text).toNumber()` gives, without building a Decimal.
 */
export function moneyNumber(text: string): number {
  return Number(text);
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
  let total: Money | undefined;
  for (const amount of amounts) total = total === undefined ? amount : total.plus(amount);
  return total ?? new Money(0);
}
