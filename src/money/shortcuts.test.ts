/**
 * The cheaper ways `decide` computes some amounts give exactly what the
 * plain Decimal way gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyParameters } from '../../test/support/arbitraries';
import { Money, money, moneyNumber, sum } from './money';

/** Any amount savedesk accepts: up to 15 integer digits and 4 decimals. */
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined }), fc.integer({ min: 1, max: 4 }))
  .map(([whole, fraction, digits]) => (fraction === undefined ? String(whole) : `${whole}.${String(fraction).padStart(4, '0').slice(0, digits)}`));

describe('money shortcuts', () => {
  it('moneyNumber is the nearest double, as Decimal gives it', () => {
    fc.assert(fc.property(amount, (text) => Object.is(moneyNumber(text), new Money(text).toNumber())), propertyParameters);
  });

  it('sum adds exactly, and is 0 for nothing', () => {
    fc.assert(fc.property(fc.array(amount, { maxLength: 5 }), (texts) => sum(texts.map(money)).eq(texts.reduce((total, text) => total.plus(new Money(text)), new Money(0)))), propertyParameters);
    expect(sum([]).toString()).toBe('0');
  });

  it('remembers a parse without changing it: the same text gives an equal amount', () => {
    expect(money('49.90')).toBe(money('49.90'));
    expect(money('49.90').eq(new Money('49.9'))).toBe(true);
  });
});
