import { describe, expect, it } from 'vitest';
import { customerView, CustomerViewSchema } from '../../src/index';
import { forEveryDecision } from '../support/arbitraries';

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [...(Array.isArray(value) ? [] : [key]), ...keysIn(child)]);
}

describe('property: a customer view tells the shopper nothing that is the merchant\'s business', () => {
  it('carries no cost, expected saving, approval, rule name, guidance or withheld list, and matches its schema', async () => {
    await forEveryDecision((_, decision) => {
      const view = customerView(decision);
      const json = JSON.stringify(view);
      const keys = keysIn(JSON.parse(json));
      expect(keys.filter((key) => /cost|saving|approval|because|withheld|guidance|followUps|flags|trace|redemption/i.test(key))).toEqual([]);
      // Generated rules are named rule-0, rule-1, …: none of those names reaches the view.
      for (const rule of decision.offers.flatMap((offer) => offer.because)) expect(json).not.toContain(`"${rule}"`);
      expect(CustomerViewSchema.parse(view)).toEqual(view);
    });
  });

  it('shows every offer the caller may give and nothing else, ranked by value to the shopper', async () => {
    await forEveryDecision((_, decision) => {
      const view = customerView(decision);
      const given = decision.offers.filter((offer) => offer.approval === null);
      expect(view.offers.map((offer) => offer.offerId).sort()).toEqual(given.map((offer) => offer.offerId).sort());
      const values = view.offers.map((offer) => Number(offer.value));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(view.offers.map((offer) => offer.rank)).toEqual(view.offers.map((_, i) => i + 1));
      expect(view.fallback).toEqual(decision.fallback);
    });
  });
});
