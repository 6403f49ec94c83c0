import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../schema/decision';
import { replayTally } from './tally';

/** Just the fields a tally reads. */
const decision = fc
  .record({
    offers: fc.array(
      fc.record({ offerId: fc.constantFrom('a', 'b', 'c'), label: fc.constantFrom('Offer A', 'Offer B'), kind: fc.constantFrom('discount', 'coupon', 'service'), cost: fc.integer({ min: 0, max: 99_999 }).map((cents) => (cents / 1000).toFixed(3)), approval: fc.constantFrom(null, { level: 'senior' }) }),
      { maxLength: 3 },
    ),
    withheld: fc.array(fc.record({ offerId: fc.constantFrom('a', 'b', 'c'), why: fc.constantFrom('excluded', 'over-limit', 'customer-cap') }), { maxLength: 3 }),
    flags: fc.subarray(['recall-candidate', 'quality-issue']),
  })
  .map((fields) => fields as unknown as Decision);

const acme = { client: 'acme', dir: 'rules/acme' };
const acmeNext = { client: 'acme-next', dir: 'rules/acme-next' };

describe('replayTally', () => {
  it('merged from parts in any order, gives the summary of one tally that saw everything', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(decision, fc.option(decision, { nil: undefined }), fc.boolean()), { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (lines, parts) => {
        const whole = replayTally(acme, 'KWD', acmeNext);
        const split = Array.from({ length: parts }, () => replayTally(acme, 'KWD', acmeNext));
        lines.forEach(([one, other, skipped], i) => {
          for (const tally of [whole, split[i % parts]!]) {
            if (skipped) tally.skip();
            else tally.add(one, other ?? one);
          }
        });
        const merged = replayTally(acme, 'KWD', acmeNext);
        for (const part of split.reverse()) merged.merge(part.state());
        expect(JSON.stringify(merged.summary())).toBe(JSON.stringify(whole.summary()));
      }),
      { seed: 20261130, numRuns: 200 },
    );
  });
});
