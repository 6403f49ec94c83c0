import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyParameters } from '../test/support/arbitraries';
import { instant } from './dates';

const two = (n: number) => String(n).padStart(2, '0');
/** Dates the schemas accept and some they do not (a 30 February, hour 24), as text. */
const date = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`);
const time = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })).map(([h, m, s]) => `${two(h)}:${two(m)}:${two(s)}`);
const zone = fc.constantFrom('Z', '+01:00', '-05:30', '+14:00', '.5Z', '.123Z', '.000Z', '.999Z', '.1x3Z', '.123456+02:00');

describe('instant', () => {
  it('is Date.parse for dates and date-times, with and without the shapes it reads itself', () => {
    fc.assert(
      fc.property(date, time, zone, fc.boolean(), (d, t, z, dateOnly) => {
        const text = dateOnly ? d : `${d}T${t}${z}`;
        expect(Object.is(instant(text), Date.parse(text))).toBe(true);
      }),
      propertyParameters,
    );
  });

  it('reads leap days and the first and last instants of a year', () => {
    for (const text of ['2024-02-29', '2000-02-29T23:59:59Z', '1900-03-01', '1970-01-01T00:00:00Z', '2026-12-31T23:59:59.999Z', '0001-01-01', '2026-03-01T10:00:00.050Z']) {
      expect(instant(text)).toBe(Date.parse(text));
    }
  });
});
