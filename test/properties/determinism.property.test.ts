import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, type Decision } from '../../src/index';
import { propertyParameters, scenario } from '../support/arbitraries';

/** What the ranking shows: the offers in order with everything but the names of the rules behind them, and why each other candidate was withheld. */
function ranking(decision: Decision) {
  return {
    offers: decision.offers.map(({ because: _because, ...offer }) => offer),
    withheld: decision.withheld.map((w) => `${w.offerId}: ${w.why}`).sort(),
  };
}

describe('property: decisions are deterministic', () => {
  it('gives byte-identical JSON for the same input, on one desk or a new one, and leaves the input as it was', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ config, request }) => {
        const [configBefore, requestBefore] = [structuredClone(config), structuredClone(request)];
        const desk = createDesk(config);
        const first = JSON.stringify(await desk.decide(request, { trace: true }));
        expect(JSON.stringify(await desk.decide(request, { trace: true }))).toBe(first);
        expect(JSON.stringify(await createDesk(config).decide(request, { trace: true }))).toBe(first);
        expect([config, request]).toEqual([configBefore, requestBefore]);
      }),
      propertyParameters,
    );
  });

  it('ranks the same whatever the order of the catalog and of the rules (each keeping its priority)', async () => {
    const reordered = scenario.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.shuffledSubarray(s.config.catalog, { minLength: s.config.catalog.length }),
        fc.shuffledSubarray(s.config.rules, { minLength: s.config.rules.length }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(reordered, async ([{ config, request }, catalog, rules]) => {
        const original = await createDesk(config).decide(request);
        const shuffled = await createDesk({ ...config, catalog, rules }).decide(request);
        expect(ranking(shuffled)).toEqual(ranking(original));
      }),
      propertyParameters,
    );
  });
});
