import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from './amount';

describe('groupDigits', () => {
  it('groups the integer digits by three and leaves the fraction alone', () => {
    expect(groupDigits('12889233.75')).toBe('12,889,233.75');
    expect(groupDigits('-1234567.891')).toBe('-1,234,567.891');
    expect(groupDigits('999.00')).toBe('999.00');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('0.12345')).toBe('0.12345');
  });

  it('keeps every digit of amounts too long for a float', () => {
    expect(groupDigits('123456789012345678901234.01')).toBe('123,456,789,012,345,678,901,234.01');
  });

  it('only inserts commas: removing them gives the amount back', () => {
    const amount = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat(999)).map(([negative, whole, cents]) => `${negative ? '-' : ''}${whole}.${String(cents).padStart(3, '0')}`);
    fc.assert(
      fc.property(amount, (text) => {
        const grouped = groupDigits(text);
        expect(grouped.replaceAll(',', '')).toBe(text);
        expect(grouped).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{3}$/);
      }),
      { seed: 15 },
    );
  });
});
