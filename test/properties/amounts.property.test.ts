import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/index';
import { propertyParameters, scenario } from '../support/arbitraries';
import { expectedPrice, insideWindowOf, refundOf, returnLossOf, returnValueOf } from '../support/oracle';

/** A decimal string with exactly `digits` decimals (none for JPY), optionally negative. */
const exactly = (digits: number, signed = false) => new RegExp(`^${signed ? '-?' : ''}\\d+${digits === 0 ? '' : `\\.\\d{${digits}}`}$`);

describe('property: every amount is exact money in the order currency', () => {
  it('writes every amount with exactly the currency\'s minor digits, and no cost or value below zero', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ config, request, digits }) => {
        const decision = await createDesk(config).decide(request);
        const amount = exactly(digits);
        for (const text of [decision.returnValue, decision.returnLoss, ...refundOf(decision)]) expect(text).toMatch(amount);
        for (const offer of decision.offers) {
          expect(offer.cost).toMatch(amount);
          expect(offer.customerValue).toMatch(amount);
          // A goodwill offer may cost more than the return loses: its expected saving is then negative.
          expect(offer.expectedSaving).toMatch(exactly(digits, true));
        }
      }),
      propertyParameters,
    );
  });

  it('prices every offer as its terms say: recomputing cost and customer value from `terms` gives the same strings', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ config, request, digits }) => {
        const decision = await createDesk(config).decide(request);
        for (const offer of decision.offers) {
          expect({ offerId: offer.offerId, ...expectedPrice(offer.kind, offer.terms, request, digits) })
            .toEqual({ offerId: offer.offerId, cost: offer.cost, customerValue: offer.customerValue });
        }
      }),
      propertyParameters,
    );
  });

  it('states the refund and the return\'s loss as the request, return costs and return window give them', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ config, request, digits }) => {
        const decision = await createDesk(config).decide(request);
        const refund = returnValueOf(request).toFixed(digits);
        expect(decision.returnValue).toBe(refund);
        expect(decision.returnLoss).toBe(returnLossOf(config, request, digits).toFixed(digits));
        expect(decision.fallback.kind).toBe(insideWindowOf(config, request) ? 'return' : 'none');
        expect(refundOf(decision)).toEqual(decision.fallback.kind === 'return' ? [refund] : []);
      }),
      propertyParameters,
    );
  });
});
