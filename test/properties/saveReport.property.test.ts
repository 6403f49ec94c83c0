import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadClient } from '../../src/node/loadClient';
import { saveReport } from '../../src/report/saveReport';
import type { SaveReport } from '../../src/report/reportTypes';
import { acme } from '../fixtures/tempClient';
import { propertyParameters } from '../support/arbitraries';
import { generateOutcomes } from '../support/outcomeWorld';

const { config } = await loadClient(acme);

/** The report without its float means (sums of rates in another order may differ in the last bit). */
function exactParts(report: SaveReport) {
  return {
    ...report,
    period: null,
    acceptance: report.acceptance.map(({ ranked: _ranked, ...row }) => row).sort((a, b) => `${a.offerId} ${a.reason}`.localeCompare(`${b.offerId} ${b.reason}`)),
    calibration: { ...report.calibration, brier: null, bins: report.calibration.bins.map(({ predicted: _predicted, ...bin }) => bin) },
  };
}

describe('property: the save report is a fold', () => {
  it('gives the same counts, money, intervals and plan whatever the order of the outcomes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 0.5, noNaN: true }), (seed, count, holdoutShare) => {
        const outcomes = generateOutcomes(config, { seed, count, holdoutShare });
        const shuffled = fc.sample(fc.shuffledSubarray(outcomes, { minLength: outcomes.length, maxLength: outcomes.length }), { seed, numRuns: 1 })[0]!;
        const [inOrder, reordered] = [saveReport(outcomes, config), saveReport(shuffled, config)];
        expect(exactParts(reordered)).toEqual(exactParts(inOrder));
        expect(reordered.period).toEqual(inOrder.period);
        expect(reordered.calibration.brier ?? 0).toBeCloseTo(inOrder.calibration.brier ?? 0, 12);
      }),
      { ...propertyParameters, numRuns: 40 },
    );
  });

  it('adds up: the groups make the whole, spend by level and by agent make the total, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 400 }), (seed, count) => {
        const report = saveReport(generateOutcomes(config, { seed, count }), config);
        const cents = (amounts: readonly string[]) => amounts.reduce((total, amount) => total + BigInt(amount.replace('.', '')), 0n);
        const { experiment, spend } = report;
        if (experiment !== null) {
          expect(experiment.treatment.decisions + experiment.holdout.decisions + experiment.ungrouped).toBe(report.overall.decisions);
          expect(cents([experiment.treatment.spend, experiment.holdout.spend])).toBe(cents([spend.total]));
        }
        expect(cents(spend.byLevel.map((row) => row.total))).toBe(cents([spend.total]));
        expect(cents(spend.byAgent.map((row) => row.total))).toBe(cents([spend.total]));
        expect(report.outcomes.accepted + report.outcomes.declined + report.outcomes.open).toBe(report.outcomes.counted);
      }),
      { ...propertyParameters, numRuns: 40 },
    );
  });
});
