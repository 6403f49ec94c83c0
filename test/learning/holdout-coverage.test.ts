import { describe, expect, it } from 'vitest';
import { holdoutGroup } from '../../src/index';
import { seededUniform } from '../../src/random/prng';
import { newcombe } from '../../src/stats/interval';

/**
 * One simulated experiment: customers split by the holdout hash, each treated
 * customer saved with their own true probability (it varies by why they
 * return), each holdout customer keeping the item at the base rate. The true
 * lift is the treated population's mean save probability minus the base rate.
 */
function experiment(k: number): { covered: boolean; width: number } {
  const random = seededUniform(k);
  const holdout = { percent: [5, 10, 20][k % 3]!, salt: `experiment-${k}` };
  const customers = [1000, 3000][k % 2]!;
  const base = 0.05 + random() * 0.25;
  const lifts = [0, 0.1, 0.2, 0.3].map((lift) => lift * random());
  const treatment = { successes: 0, trials: 0 };
  const held = { successes: 0, trials: 0 };
  for (let i = 0; i < customers; i++) {
    // Four reasons, equally likely: the treated save probability differs by reason.
    const lift = lifts[i % 4]!;
    if (holdoutGroup(`cust-${k}-${i}`, holdout) === 'holdout') {
      held.trials += 1;
      if (random() < base) held.successes += 1;
    } else {
      treatment.trials += 1;
      if (random() < base + lift) treatment.successes += 1;
    }
  }
  const trueLift = lifts.reduce((a, b) => a + b, 0) / lifts.length;
  const interval = newcombe(treatment, held);
  return { covered: interval.low <= trueLift && trueLift <= interval.high, width: interval.high - interval.low };
}

describe('holdout lift interval', () => {
  it('covers the true lift in 93–97% of 1,000 seeded experiments (95% Newcombe interval, holdouts of 5–20%)', () => {
    const results = Array.from({ length: 1000 }, (_, k) => experiment(k));
    const coverage = results.filter((r) => r.covered).length / results.length;
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
    // Not covering by being uselessly wide: a few points either side.
    expect(results.reduce((sum, r) => sum + r.width, 0) / results.length).toBeLessThan(0.2);
  });
});
