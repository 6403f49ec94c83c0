import { formatMoney, money, Money } from '../money/money';

/** A count of concessions and what they cost, summed exactly. */
export class MoneyTally {
  count = 0;
  total: Money = new Money(0);

  /** Adds one concession of `cost` (a money string). */
  add(cost: string): void {
    this.count += 1;
    this.total = this.total.plus(money(cost));
  }
}

/** The value at `key`, created by `create` the first time: one cell per key, so memory grows with keys, not with outcomes. */
export function cell<Key, Value>(cells: Map<Key, Value>, key: Key, create: () => Value): Value {
  let value = cells.get(key);
  if (value === undefined) cells.set(key, (value = create()));
  return value;
}

/** `total` as a money string, and `total ÷ count` (0 for none), in `digits` decimals. */
export function moneyFigures(tally: MoneyTally, digits: number): { total: string; mean: string } {
  return {
    total: formatMoney(tally.total, digits),
    mean: formatMoney(tally.count === 0 ? tally.total : tally.total.div(tally.count), digits),
  };
}
