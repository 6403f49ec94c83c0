import { describe, expect, it } from 'vitest';
import type { Outcome } from '../schema/outcome';
import { loadClient } from '../node/loadClient';
import { SavedeskError } from '../errors/SavedeskError';
import { newcombe } from '../stats/interval';
import { twoProportionPower } from '../stats/sampleSize';
import { generateOutcomes } from '../../test/support/outcomeWorld';
import { acme } from '../../test/fixtures/tempClient';
import { saveReport } from './saveReport';

const { config } = await loadClient(acme);

let counter = 0;
/** One acme outcome: by default a treatment decision that showed keep-10 first and was declined. */
function outcome(fields: Partial<Outcome> = {}): Outcome {
  counter += 1;
  return {
    requestId: `r-${counter}`,
    clientId: 'acme',
    customerId: `c-${counter}`,
    segment: null,
    reason: 'too-firm',
    channel: 'phone',
    level: 'agent',
    agentId: 'a-1',
    at: '2026-10-01T10:00:00Z',
    currency: 'USD',
    returnValue: '800.00',
    returnLoss: '500.00',
    offers: [{ offerId: 'keep-10', kind: 'discount', rank: 1, cost: '80.00', approval: null, rate: 0.4, source: 'prior' }],
    group: 'treatment',
    result: { status: 'declined', at: '2026-10-01T11:00:00Z' },
    ...fields,
  };
}
const accepted = (offerId: string, cost: string, approvedBy?: { level: string }): Outcome['result'] => ({
  status: 'accepted', offerId, cost, at: '2026-10-01T11:00:00Z', ...(approvedBy ? { approvedBy } : {}),
});
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('saveReport: treatment against holdout', () => {
  // Newcombe's (1998) worked example, 56/70 against 48/80: the lift is 0.2, from 0.0524 to 0.3339.
  const outcomes = [
    ...times(70, (i) => outcome(i < 56 ? { result: accepted('keep-10', i % 2 === 0 ? '0.10' : '0.20') } : {})),
    ...times(80, (i) => outcome({ group: 'holdout', offers: [], result: i < 48 ? { status: 'open' } : { status: 'declined', at: '2026-10-02T00:00:00Z' } })),
  ];
  const report = saveReport(outcomes, config);

  it('gives each group its save rate and the lift with Newcombe\'s 95% interval', () => {
    expect(report.experiment?.treatment).toMatchObject({ decisions: 70, saves: 56 });
    expect(report.experiment?.treatment.saveRate.estimate).toBeCloseTo(0.8, 12);
    expect(report.experiment?.holdout).toMatchObject({ decisions: 80, saves: 48, open: 48 });
    expect(report.experiment?.lift.estimate).toBeCloseTo(0.2, 12);
    expect(report.experiment?.lift.low).toBeCloseTo(0.0524, 4);
    expect(report.experiment?.lift.high).toBeCloseTo(0.3339, 4);
  });

  it('counts incremental saves as lift × treatment decisions, with the same interval', () => {
    expect(report.experiment?.incrementalSaves.estimate).toBeCloseTo(14, 9);
    expect(report.experiment?.incrementalSaves.low).toBeCloseTo(0.0524 * 70, 2);
    expect(report.experiment?.incrementalSaves.high).toBeCloseTo(0.3339 * 70, 2);
  });

  it('sums spend exactly to the cent and divides it by the incremental saves', () => {
    // 28 × 0.10 + 28 × 0.20: as binary floats this is 8.399999999999995.
    expect(report.experiment?.treatment.spend).toBe('8.40');
    expect(report.spend.total).toBe('8.40');
    const cost = report.experiment!.costPerIncrementalSave;
    expect(cost.estimate).toBe('0.60'); // 8.40 / 14
    expect(Number(cost.low)).toBeCloseTo(8.4 / (0.3339 * 70), 2);
    expect(Number(cost.high)).toBeCloseTo(8.4 / (0.0524 * 70), 2);
  });

  it('states no upper bound for the cost per save when the lift\'s interval reaches zero', () => {
    const even = saveReport([
      ...times(20, (i) => outcome(i < 5 ? { result: accepted('keep-10', '50.00') } : {})),
      ...times(20, (i) => outcome({ group: 'holdout', offers: [], result: i < 4 ? { status: 'open' } : { status: 'declined', at: '2026-10-02T00:00:00Z' } })),
    ], config);
    expect(even.experiment?.lift.low).toBeLessThan(0);
    expect(even.experiment?.costPerIncrementalSave).toEqual({ estimate: '250.00', low: expect.any(String), high: null });
  });

  it('plans the sample size for the lift asked, at the current split, and says what these decisions can detect', () => {
    const plan = saveReport(outcomes, config, { lift: 0.05 }).experiment!.sampleSize!;
    expect(plan).toMatchObject({ lift: 0.05, power: 0.8, alpha: 0.05, baseline: 0.6 });
    expect(Object.keys(plan).sort()).toEqual(['alpha', 'baseline', 'detectableLift', 'holdoutShare', 'lift', 'moreDecisions', 'needed', 'power']);
    expect(plan.holdoutShare).toBeCloseTo(80 / 150, 12);
    // Enough decisions: at the planned sizes the test has 80% power, with one fewer holdout decision it has not.
    const power = (holdout: number) => twoProportionPower({ baseline: 0.6, lift: 0.05 }, { holdout, treatment: plan.needed.treatment });
    expect(power(plan.needed.holdout)).toBeGreaterThanOrEqual(0.8);
    expect(power(plan.needed.holdout - 1)).toBeLessThan(0.8);
    expect(plan.moreDecisions).toBe(plan.needed.holdout - 80 + plan.needed.treatment - 70);
    expect(twoProportionPower({ baseline: 0.6, lift: plan.detectableLift! }, { holdout: 80, treatment: 70 })).toBeCloseTo(0.8, 6);
  });

  it('leaves decisions without a group out of the comparison, and has no experiment without a holdout', () => {
    const mixed = saveReport([...outcomes, outcome({ group: undefined, result: accepted('keep-10', '1.00') })], config);
    expect(mixed.experiment).toMatchObject({ ungrouped: 1, treatment: { decisions: 70 }, holdout: { decisions: 80 } });
    expect(mixed.overall).toMatchObject({ decisions: 151, saves: 56 + 48 + 1 });
    expect(saveReport(outcomes.filter((o) => o.group === 'treatment'), config).experiment).toBeNull();
  });

  it('counts an open decision as kept only where no offer was shown: there was nothing to accept', () => {
    const open = { status: 'open' } as const;
    const report = saveReport([
      outcome({ result: open }),
      outcome({ offers: [], result: open }),
      outcome({ offers: [], result: { status: 'declined', at: '2026-10-02T00:00:00Z' } }),
      outcome({ group: 'holdout', offers: [], result: open }),
    ], config);
    expect(report.experiment?.treatment).toMatchObject({ decisions: 3, saves: 1, open: 2 });
    expect(report.experiment?.holdout).toMatchObject({ decisions: 1, saves: 1, open: 1 });
  });
});

describe('saveReport: acceptance, calibration, spend and approvals', () => {
  it('shows per offer × reason the prior, the rate that ranked it, and the observed rate of the first-ranked offer', () => {
    const report = saveReport([
      ...times(8, (i) => outcome({ offers: [
        { offerId: 'soft-topper', kind: 'free_product', rank: 1, cost: '40.00', approval: null, rate: i < 4 ? 0.6 : 0.5, source: i < 4 ? 'prior' : 'learned' },
        { offerId: 'keep-10', kind: 'discount', rank: 2, cost: '80.00', approval: null, rate: 0.4, source: 'prior' },
      ], result: i < 2 ? accepted('soft-topper', '40.00') : i === 2 ? accepted('keep-10', '80.00') : i === 3 ? { status: 'open' } : { status: 'declined', at: '2026-10-01T12:00:00Z' } })),
      outcome({ reason: 'defective', offers: [{ offerId: 'gone', kind: 'discount', rank: 1, cost: '1.00', approval: null, rate: 0.3, source: 'prior' }] }),
    ], config, { learned: (offerId, reason) => (offerId === 'soft-topper' && reason === 'too-firm' ? { rate: 0.33, outcomes: 7 } : undefined) });
    const row = (offerId: string) => report.acceptance.find((candidate) => candidate.offerId === offerId);
    const [topper, keep, gone] = [row('soft-topper'), row('keep-10'), row('gone')];
    expect(report.acceptance.map((candidate) => candidate.offerId)).toEqual(['keep-10', 'soft-topper', 'gone']); // most shown first, then by id
    expect(topper).toMatchObject({ offerId: 'soft-topper', label: 'A softer topper, free', reason: 'too-firm', prior: 0.6, shown: 8, shownFirst: 7, acceptedFirst: 2, acceptedLower: 0, learned: { rate: 0.33, outcomes: 7 } });
    expect(topper!.ranked.mean).toBeCloseTo(0.55, 12);
    expect(topper!.ranked.learnedShare).toBe(0.5);
    expect(topper!.observed.estimate).toBeCloseTo(2 / 7, 12);
    // keep-10 was never first: its one acceptance is not a rate, it is counted apart.
    expect(keep).toMatchObject({ offerId: 'keep-10', prior: 0.4, shown: 8, shownFirst: 0, acceptedLower: 1, learned: null });
    // An offer no longer in the catalog keeps its id as label and has no prior.
    expect(gone).toMatchObject({ offerId: 'gone', label: 'gone', reason: 'defective', prior: null });
  });

  it('bins predicted against observed acceptance of first-ranked offers, with the Brier score', () => {
    const first = (rate: number, taken: boolean) =>
      outcome({ offers: [{ offerId: 'keep-10', kind: 'discount', rank: 1, cost: '5.00', approval: null, rate, source: 'learned' }], ...(taken ? { result: accepted('keep-10', '5.00') } : {}) });
    const report = saveReport([
      ...times(10, (i) => first(0.15, i < 2)),
      ...times(4, (i) => first(i < 2 ? 0.9 : 1, i < 3)),
      outcome({ offers: [], result: { status: 'declined', at: '2026-10-01T12:00:00Z' } }),
      { ...first(0.5, false), result: { status: 'open' } },
    ], config);
    expect(report.calibration.decisions).toBe(14);
    expect(report.calibration.bins.map(({ from, to, decisions }) => ({ from, to, decisions }))).toEqual([
      { from: 0.1, to: 0.2, decisions: 10 },
      { from: 0.9, to: 1, decisions: 4 },
    ]);
    expect(report.calibration.bins[0]!.predicted).toBeCloseTo(0.15, 12);
    expect(report.calibration.bins[0]!.observed.estimate).toBeCloseTo(0.2, 12);
    expect(report.calibration.bins[1]!.predicted).toBeCloseTo(0.95, 12);
    expect(report.calibration.bins[1]!.observed.estimate).toBeCloseTo(0.75, 12);
    const brier = (2 * 0.85 ** 2 + 8 * 0.15 ** 2 + 2 * 0.1 ** 2 + 0 + 1) / 14;
    expect(report.calibration.brier).toBeCloseTo(brier, 12);
  });

  it('adds spend by the level that gave it and by agent, and counts approvals needed and given', () => {
    const needsSupervisor = { offerId: 'new-one', kind: 'replacement' as const, rank: 1, cost: '333.33', approval: { level: 'supervisor' }, rate: 0.8, source: 'prior' as const };
    const report = saveReport([
      outcome({ result: accepted('keep-10', '80.00') }),
      outcome({ agentId: 'a-2', result: accepted('keep-10', '19.99') }),
      outcome({ agentId: null, channel: 'portal', result: accepted('keep-10', '0.01') }),
      outcome({ agentId: 'a-2', offers: [needsSupervisor], result: accepted('new-one', '333.33', { level: 'supervisor' }) }),
      outcome({ offers: [needsSupervisor] }),
      outcome({ offers: [needsSupervisor], result: { status: 'open' } }),
    ], config);
    expect(report.spend).toEqual({
      total: '433.33',
      concessions: 4,
      byLevel: [
        { key: 'agent', concessions: 3, total: '100.00', mean: '33.33' },
        { key: 'supervisor', concessions: 1, total: '333.33', mean: '333.33' },
      ],
      byAgent: [
        { key: 'a-2', concessions: 2, total: '353.32', mean: '176.66' },
        { key: 'a-1', concessions: 1, total: '80.00', mean: '80.00' },
        { key: null, concessions: 1, total: '0.01', mean: '0.01' },
      ],
    });
    expect(report.approvals).toEqual([{ level: 'supervisor', shown: 3, given: 1, spend: '333.33' }]);
  });
});

describe('saveReport: inputs', () => {
  it('gives an empty report for an empty ledger', () => {
    const report = saveReport([], config);
    expect(report).toMatchObject({
      clientId: 'acme', clientName: 'Acme Sleep', currency: 'USD', period: null,
      outcomes: { read: 0, counted: 0, otherClient: 0, otherCurrency: 0, accepted: 0, declined: 0, open: 0 },
      overall: { decisions: 0, saves: 0, spend: '0.00' },
      experiment: null, acceptance: [], approvals: [],
      calibration: { decisions: 0, brier: null, bins: [] },
      spend: { total: '0.00', concessions: 0, byLevel: [], byAgent: [] },
    });
  });

  it('counts outcomes of another client or currency and leaves them out of every figure', () => {
    const report = saveReport([
      outcome({ result: accepted('keep-10', '10.00') }),
      outcome({ clientId: 'other', result: accepted('keep-10', '10.00') }),
      outcome({ currency: 'EUR', result: accepted('keep-10', '10.00') }),
    ], config);
    expect(report.outcomes).toMatchObject({ read: 3, counted: 1, otherClient: 1, otherCurrency: 1, accepted: 1 });
    expect(report.spend.total).toBe('10.00');
  });

  it('takes the period from the decisions as instants, whatever their offsets', () => {
    const report = saveReport([
      outcome({ at: '2026-10-01T10:00:00+05:30' }), // 04:30Z: the earliest, though it sorts last as text
      outcome({ at: '2026-10-01T05:00:00Z' }),
      outcome({ at: '2026-09-30T23:00:00-08:00' }), // 07:00Z on Oct 1: the latest
    ], config);
    expect(report.period).toEqual({ from: '2026-10-01T10:00:00+05:30', to: '2026-09-30T23:00:00-08:00' });
  });

  it('gives the same report from an async iterable as from an array', async () => {
    const outcomes = generateOutcomes(config, { seed: 3, count: 500 });
    async function* stream() {
      yield* outcomes;
    }
    expect(await saveReport(stream(), config)).toEqual(saveReport(outcomes, config));
  });

  it('agrees with a plain recount of generated outcomes', () => {
    const outcomes = generateOutcomes(config, { seed: 11, count: 3000 });
    const report = saveReport(outcomes, config);
    const group = (name: string) => outcomes.filter((o) => o.group === name);
    const saves = (list: Outcome[]) => list.filter((o) => o.result.status === 'accepted' || (o.offers.length === 0 && o.result.status === 'open')).length;
    const [treatment, holdout] = [group('treatment'), group('holdout')];
    expect(report.experiment?.treatment).toMatchObject({ decisions: treatment.length, saves: saves(treatment) });
    expect(report.experiment?.holdout).toMatchObject({ decisions: holdout.length, saves: saves(holdout) });
    expect(report.experiment?.lift).toEqual(newcombe({ successes: saves(treatment), trials: treatment.length }, { successes: saves(holdout), trials: holdout.length }));
    const cents = outcomes.reduce((total, o) => total + (o.result.status === 'accepted' ? Math.round(Number(o.result.cost) * 100) : 0), 0);
    expect(Math.round(Number(report.spend.total) * 100)).toBe(cents);
    expect(report.spend.byLevel.reduce((total, row) => total + row.concessions, 0)).toBe(report.spend.concessions);
    expect(report.acceptance.reduce((total, row) => total + row.shown, 0)).toBe(outcomes.reduce((total, o) => total + o.offers.length, 0));
  });

  it('refuses options out of range, naming each', () => {
    const attempt = () => saveReport([], config, { lift: 0, power: 1.5, calibrationBins: 0 });
    expect(attempt).toThrow(SavedeskError);
    expect(attempt).toThrow(/lift: .*\n.*power: .*\n.*calibrationBins: /);
  });
});
