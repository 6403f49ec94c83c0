import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { mergedConcessions, unknownConcessions } from './history';

const known = [
  { at: '2026-11-01T10:00:00.000Z', cost: '30.00', offerId: 'thirty-off', kind: 'discount' },
  { at: '2026-11-02T10:00:00.000Z', cost: '12.00', offerId: 'cushions', kind: 'free_product' },
];

describe('which carried concessions the ledger knows', () => {
  it('matches on instant and amount, however written, and on offerId and kind only when the carried one names them', () => {
    const carried = [
      { at: '2026-11-01T11:00:00+01:00', cost: '30' },
      { at: '2026-11-02T10:00:00Z', cost: '12.0', offerId: 'cushions', kind: 'free_product' },
    ];
    expect(unknownConcessions(known, carried)).toEqual([]);
  });

  it('keeps a carried concession that differs in time, cost, offer or kind', () => {
    const carried = [
      { at: '2026-11-01T10:00:01Z', cost: '30.00' },
      { at: '2026-11-01T10:00:00Z', cost: '30.01' },
      { at: '2026-11-01T10:00:00Z', cost: '30.00', offerId: 'other' },
      { at: '2026-11-01T10:00:00Z', cost: '30.00', kind: 'coupon' },
    ];
    expect(unknownConcessions(known, carried)).toHaveLength(4);
  });

  it('matches each known concession once: two identical carried ones against one known leave one unknown', () => {
    const carried = [
      { at: '2026-11-01T10:00:00Z', cost: '30.00' },
      { at: '2026-11-01T10:00:00Z', cost: '30.00' },
    ];
    expect(unknownConcessions(known, carried)).toEqual([{ at: '2026-11-01T10:00:00.000Z', cost: '30.00', offerId: undefined, kind: undefined }]);
  });
});

describe('the concessions withHistory hands to decide', () => {
  it('are the known ones and the unknown carried ones, oldest first, without absent fields', () => {
    expect(mergedConcessions(known, [{ at: '2026-10-01', cost: '5.00' }, { at: '2026-11-01T10:00:00Z', cost: '30.00' }])).toEqual([
      { at: '2026-10-01T00:00:00.000Z', cost: '5.00' },
      ...known,
    ]);
  });

  it('keep the newest LIMITS.maxConcessions, what a request may carry', () => {
    const many = Array.from({ length: LIMITS.maxConcessions + 5 }, (_, i) => ({ at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), cost: '1.00' }));
    const merged = mergedConcessions(many, []);
    expect(merged).toHaveLength(LIMITS.maxConcessions);
    expect(merged[0]!.at).toBe(many[5]!.at);
  });
});
