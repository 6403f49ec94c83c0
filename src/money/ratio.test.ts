import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyParameters } from '../../test/support/arbitraries';
import { Money } from './money';
import { percentOf, ratioOf } from './ratio';

const exactly = (ratio: { coefficient: bigint; exponent: number }) => new Money(`${ratio.coefficient}e-${ratio.exponent}`);

describe('ratios', () => {
  it('read a number as the decimal its shortest text says, exponent forms included', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e22, noNaN: true, noDefaultInfinity: true }), (value) => exactly(ratioOf(value)).eq(new Money(String(value)))), propertyParameters);
    expect(exactly(ratioOf(1e-7)).toString()).toBe('1e-7');
    expect(ratioOf(1e21)).toMatchObject({ coefficient: 10n ** 21n, exponent: 0, small: Number.NaN });
    expect(ratioOf(0.35)).toMatchObject({ coefficient: 35n, exponent: 2, small: 35 });
  });

  it('make a percent the exact fraction: p / 100', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => exactly(percentOf(p)).eq(new Money(String(p)).div(100))), propertyParameters);
  });
});
