import { describe, expect, it } from 'vitest';
import type { ReturnRequest } from '../schema/request';
import { returnOf } from '../../test/support/returns';
import { SavedeskError, SavedeskInputError } from '../errors/SavedeskError';
import { findRecallCandidates, recallAccumulator } from './findRecallCandidates';

/** `count` customers (c-from … ) returning `sku` for `reason` on `day`. */
function customers(count: number, sku: string, reason: string, day: string, from = 0): ReturnRequest[] {
  return Array.from({ length: count }, (_, i) => returnOf(sku, reason, `c-${sku}-${reason}-${from + i}`, day));
}

describe('findRecallCandidates', () => {
  it('counts the same customer twice as one', () => {
    const history = [returnOf('MUG', 'chipped', 'ann', '2026-03-01'), returnOf('MUG', 'chipped', 'ann', '2026-03-04')];
    const [only] = findRecallCandidates(history, { sales: [{ sku: 'MUG', units: 1000 }] });
    expect(only).toMatchObject({ sku: 'MUG', name: 'Name of MUG', reason: 'chipped', customers: 1, level: 'one', method: 'poisson' });
  });

  it('finds many customers returning one SKU for one reason far above its expected count', () => {
    // 1,000 units each; 20 customers return the stand as cracked, 2 return each other SKU.
    const history = [...customers(20, 'STAND', 'cracked', '2026-03-02'), ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].flatMap((sku) => customers(2, sku, 'cracked', '2026-03-03'))];
    const sales = ['STAND', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((sku) => ({ sku, units: 1000 }));
    const found = findRecallCandidates(history, { sales });
    expect(found[0]).toMatchObject({ sku: 'STAND', customers: 20, level: 'many', window: { start: '2026-03-02', end: '2026-03-03' } });
    // The category's rate is 36 customers per 9,000 units: the stand's 1,000 units expect 4.
    expect(found[0]!.expected).toBeCloseTo(4, 10);
    expect(found[0]!.ratio).toBeCloseTo(5, 10);
    expect(found[0]!.qValue).toBeLessThan(0.05);
    expect(found.slice(1).map((c) => c.level)).toEqual(Array(8).fill('few'));
  });

  it('is few, not many, when the count is high but within what sales explain', () => {
    const history = [...customers(20, 'BIG', 'too-small', '2026-03-02'), ...customers(2, 'SMALL', 'too-small', '2026-03-02')];
    const found = findRecallCandidates(history, { sales: [{ sku: 'BIG', units: 10_000 }, { sku: 'SMALL', units: 1000 }] });
    expect(found.map((c) => [c.sku, c.level])).toEqual([['BIG', 'few'], ['SMALL', 'few']]);
  });

  it('rates each category on its own', () => {
    // Lamps come back for "flickers" ten times as often as rugs; 10 lamps flickering is normal, 10 rugs is not.
    const history = [
      ...['L1', 'L2', 'L3', 'L4'].flatMap((sku) => customers(10, sku, 'faulty', '2026-05-01').map((r) => ({ ...r, order: { ...r.order, items: [{ ...r.order.items[0]!, category: 'lamp' }] } }))),
      ...['R1', 'R2', 'R3', 'R4'].flatMap((sku, i) => customers(i === 0 ? 10 : 1, sku, 'faulty', '2026-05-01')),
    ];
    const sales = [...['L1', 'L2', 'L3', 'L4'].map((sku) => ({ sku, units: 500 })), ...['R1', 'R2', 'R3', 'R4'].map((sku) => ({ sku, units: 500, category: 'rug' }))];
    const found = findRecallCandidates(history, { sales });
    expect(found.filter((c) => c.level === 'many').map((c) => c.sku)).toEqual(['R1']);
    expect(found.find((c) => c.sku === 'L1')).toMatchObject({ category: 'lamp', level: 'few' });
  });

  it('misses a slow-building problem on a small SKU in 30-day windows, and finds it over a year', () => {
    // 14 customers over a year return the small SKU, about one a month; nine others of the same size 4 each.
    const month = (i: number) => `2026-${String((i % 12) + 1).padStart(2, '0')}-1${i % 3}`;
    const history = [
      ...Array.from({ length: 14 }, (_, i) => returnOf('SLOW', 'wobbles', `slow-${i}`, month(i))),
      ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].flatMap((sku) => Array.from({ length: 4 }, (_, i) => returnOf(sku, 'wobbles', `${sku}-${i}`, month(i * 3)))),
    ];
    const sales = ['SLOW', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((sku) => ({ sku, units: 1000 }));
    const monthly = findRecallCandidates(history, { sales, windowDays: 30 });
    expect(monthly.filter((c) => c.sku === 'SLOW').every((c) => c.level !== 'many')).toBe(true);
    const yearly = findRecallCandidates(history, { sales, windowDays: 366 });
    expect(yearly.filter((c) => c.level === 'many')).toMatchObject([{ sku: 'SLOW', customers: 14 }]);
  });

  it('makes a safety reason many from the first customer', () => {
    const found = findRecallCandidates([returnOf('HEATER', 'fire', 'bo', '2026-02-10')], { sales: [{ sku: 'HEATER', units: 5000 }], safetyReasons: ['fire'] });
    expect(found).toMatchObject([{ sku: 'HEATER', reason: 'fire', customers: 1, level: 'many' }]);
  });

  it('cuts back-to-back windows from the first day of the history', () => {
    const history = [returnOf('X', 'r', 'a', '2026-01-10'), returnOf('X', 'r', 'b', '2026-01-19'), returnOf('X', 'r', 'c', '2026-01-20'), returnOf('X', 'r', 'd', '2026-01-25')];
    const windows = findRecallCandidates(history.reverse(), { sales: [{ sku: 'X', units: 100 }], windowDays: 10 }).map((c) => [c.window.start, c.window.end, c.customers]);
    expect(windows.sort()).toEqual([['2026-01-10', '2026-01-19', 2], ['2026-01-20', '2026-01-25', 2]]);
  });

  it('falls back to the proportional reporting ratio without sales, and says so', () => {
    // Among kettles, 12 of 14 customers say "leaks"; among the others, 4 of 40.
    const history = [
      ...customers(12, 'KETTLE', 'leaks', '2026-04-01'),
      ...customers(2, 'KETTLE', 'changed-mind', '2026-04-01'),
      ...['P', 'Q', 'R', 'S'].flatMap((sku) => [...customers(1, sku, 'leaks', '2026-04-02'), ...customers(9, sku, 'changed-mind', '2026-04-02')]),
    ];
    const found = findRecallCandidates(history);
    expect(found.every((c) => c.method === 'prr')).toBe(true);
    const kettle = found.find((c) => c.sku === 'KETTLE' && c.reason === 'leaks')!;
    expect(kettle.level).toBe('many');
    expect(kettle.ratio).toBeCloseTo(12 / 14 / (4 / 40), 10);
    expect(kettle.expected).toBeCloseTo(14 * (4 / 40), 10);
    expect(found.filter((c) => c.level === 'many')).toHaveLength(1);
  });

  it('reads an async iterable as it comes, to the same result', async () => {
    const history = customers(5, 'S', 'r', '2026-06-01');
    async function* stream() {
      yield* history;
    }
    await expect(findRecallCandidates(stream(), { sales: [{ sku: 'S', units: 10 }] })).resolves.toEqual(findRecallCandidates(history, { sales: [{ sku: 'S', units: 10 }] }));
  });

  it('is empty for an empty history', () => {
    expect(findRecallCandidates([], {})).toEqual([]);
  });

  it('names the request and path of a bad request, and keeps what was added', () => {
    const bad = { ...returnOf('S', 'r', 'a', '2026-06-01'), lines: [] };
    expect(() => findRecallCandidates([returnOf('S', 'r', 'a', '2026-06-01'), bad])).toThrow(SavedeskInputError);
    try {
      findRecallCandidates([returnOf('S', 'r', 'a', '2026-06-01'), bad]);
    } catch (error) {
      expect((error as SavedeskInputError).issues[0]!.path).toBe('[1].lines');
    }
    const search = recallAccumulator({ sales: [] });
    search.add(returnOf('S', 'r', 'a', '2026-06-01'));
    expect(() => search.add(bad)).toThrow(SavedeskInputError);
    expect(search.candidates()).toHaveLength(1);
  });

  it('refuses bad options with every problem and its path', () => {
    try {
      findRecallCandidates([], { windowDays: 0, sales: [{ sku: 'S', units: -1 }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SavedeskError);
      expect((error as SavedeskError).code).toBe('invalid-input');
      expect((error as SavedeskError).issues.map((issue) => issue.path)).toEqual(['windowDays', 'sales[0].units']);
    }
  });
});
