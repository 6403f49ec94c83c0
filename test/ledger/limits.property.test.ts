import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SavedeskError } from '../../src/index';
import { openLedger } from '../../src/ledger/index';
import { propertyParameters } from '../support/arbitraries';
import { decideAndRecord, returnOf, testDesk } from './fixtures';

const DAY = 86_400_000;
const offers = ['thirty-off', 'cushions', 'swap', 'gift-250'] as const;
const costs: Record<string, number> = { 'thirty-off': 30, cushions: 12, swap: 0, 'gift-250': 250 };

/** Acceptances in any order of time: customer, offer and the day (of 120) each is dated. */
const attempts = fc.array(fc.record({ customer: fc.integer({ min: 0, max: 2 }), offer: fc.constantFrom(...offers), day: fc.integer({ min: 0, max: 120 }) }), { minLength: 1, maxLength: 25 });
const shape = fc.record({
  windowDays: fc.integer({ min: 1, max: 60 }),
  maxCost: fc.integer({ min: 0, max: 400 }),
  maxCount: fc.integer({ min: 0, max: 6 }),
  stock: fc.integer({ min: 0, max: 8 }),
  maxPerCustomer: fc.integer({ min: 0, max: 4 }),
});

describe('accept, whatever the order and dates of acceptances (memory ledger)', () => {
  it('leaves no cap window of any customer over maxCost or maxCount, no offer over its stock, no customer over maxPerCustomer', async () => {
    await fc.assert(
      fc.asyncProperty(shape, attempts, async (limits, tries) => {
        const ledger = await openLedger('memory:');
        const desk = testDesk({ cap: { windowDays: limits.windowDays, maxCost: `${limits.maxCost}.00`, maxCount: limits.maxCount }, stock: limits.stock, maxPerCustomer: limits.maxPerCustomer });
        const given: { customer: number; offer: string; at: number }[] = [];
        for (const [i, attempt] of tries.entries()) {
          const requestId = `r-${i}`;
          // Decided with no history at all, as a careless host would: only accept stands between it and the limits.
          const request = returnOf(requestId, `c-${attempt.customer}`);
          await ledger.record(await desk.decide(request), request, { desk });
          const at = Date.UTC(2026, 0, 1) + attempt.day * DAY;
          try {
            await ledger.accept({ desk, requestId, offerId: attempt.offer, at: new Date(at).toISOString(), approvedBy: { level: 'supervisor' } });
            given.push({ customer: attempt.customer, offer: attempt.offer, at });
          } catch (error) {
            if (!(error instanceof SavedeskError) || !['customer-cap', 'out-of-stock', 'offer-not-made'].includes(error.code)) throw error;
          }
        }
        for (const end of given.map((g) => g.at)) {
          for (const customer of [0, 1, 2]) {
            const inWindow = given.filter((g) => g.customer === customer && costs[g.offer]! > 0 && g.at <= end && g.at > end - limits.windowDays * DAY);
            expect(inWindow.reduce((sum, g) => sum + costs[g.offer]!, 0)).toBeLessThanOrEqual(limits.maxCost);
            expect(inWindow.length).toBeLessThanOrEqual(limits.maxCount);
          }
        }
        expect(given.filter((g) => g.offer === 'cushions').length).toBeLessThanOrEqual(limits.stock);
        for (const customer of [0, 1, 2]) expect(given.filter((g) => g.customer === customer && g.offer === 'cushions').length).toBeLessThanOrEqual(limits.maxPerCustomer);
        await ledger.close();
      }),
      { seed: propertyParameters.seed, numRuns: Math.min(propertyParameters.numRuns, 200) },
    );
  }, 120_000);
});
