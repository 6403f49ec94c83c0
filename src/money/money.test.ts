import { describe, expect, it } from 'vitest';
import { currencyCodes, isCurrency, minorDigits } from './currency';
import { decimalsOf, formatMoney, money, round, sum } from './money';
import type { Arithmetic } from './arithmetic';
import { decimalArithmetic } from './decimalArithmetic';
import { minorUnits } from './minorUnits';
import { ratioOf } from './ratio';

describe('money', () => {
  it('adds decimal strings exactly, where binary floats would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatMoney(sum([money('0.1'), money('0.2')]), 2)).toBe('0.30');
  });

  it('rounds half-up to the minor digits of JPY, USD and KWD', () => {
    expect(formatMoney(money('1234.5'), minorDigits('JPY'))).toBe('1235');
    expect(formatMoney(money('10.005'), minorDigits('USD'))).toBe('10.01');
    expect(formatMoney(money('10.0045'), minorDigits('KWD'))).toBe('10.005');
    expect(formatMoney(money('2.5'), 0)).toBe('3');
  });

  it('never prints negative zero', () => {
    expect(formatMoney(money('0').minus(money('0.001')), 2)).toBe('0.00');
  });

  it('reads ratios through their shortest text, so 0.1 is exactly one tenth', () => {
    const both: Arithmetic<unknown>[] = [decimalArithmetic(2), minorUnits(2)];
    for (const m of both) {
      expect(m.format(m.scale(m.amount('3.00'), ratioOf(0.1)))).toBe('0.30');
      expect(m.format(m.scale(m.amount('19.99'), ratioOf(0.15)))).toBe('3.00');
    }
  });

  it('counts the decimals a money string carries', () => {
    expect(decimalsOf('49')).toBe(0);
    expect(decimalsOf('49.900')).toBe(3);
  });
});

describe('currency', () => {
  it('knows ISO 4217 minor units', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('KWD')).toBe(3);
    expect(currencyCodes).toContain('USD');
  });

  it('rejects codes that are not currencies', () => {
    expect(isCurrency('XXX')).toBe(false);
    expect(isCurrency('usd')).toBe(false);
    expect(() => minorDigits('ABC')).toThrow('unknown currency ABC');
  });
});
