import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal';
import { twoProportionPower, twoProportionSampleSize } from './sampleSize';

describe('the standard normal', () => {
  it('matches tabulated values of Φ and Φ⁻¹', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 15);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 15);
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 10);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 12);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('inverts: Φ(Φ⁻¹(p)) = p across the range', () => {
    for (const p of [1e-12, 1e-6, 0.01, 0.02425, 0.3, 0.5, 0.77, 0.97575, 0.999999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 10);
  });
});

describe('two-proportion power and sample size', () => {
  // R's documentation of power.prop.test: power.prop.test(n = 50, p1 = .50, p2 = .75) gives power = 0.7401659,
  // and power.prop.test(p1 = .50, p2 = .75, power = .90) gives n = 76.7 per group.
  it("matches R's power.prop.test examples", () => {
    expect(twoProportionPower({ baseline: 0.5, lift: 0.25 }, { holdout: 50, treatment: 50 })).toBeCloseTo(0.7401659, 7);
    expect(twoProportionSampleSize({ baseline: 0.5, lift: 0.25, power: 0.9 })).toEqual({ holdout: 77, treatment: 77 });
  });

  it('plans unequal groups so that the test has the power asked, and no decision more than it needs', () => {
    for (const [baseline, lift, ratio] of [[0.1, 0.02, 19], [0.3, 0.05, 4], [0.6, -0.1, 1], [0.02, 0.01, 9]] as const) {
      const sizes = twoProportionSampleSize({ baseline, lift, ratio })!;
      expect(sizes.treatment).toBeLessThanOrEqual(sizes.holdout * ratio);
      expect(sizes.treatment).toBeGreaterThan((sizes.holdout - 1) * ratio);
      const power = (holdout: number, treatment: number) => twoProportionPower({ baseline, lift }, { holdout, treatment });
      expect(power(sizes.holdout, sizes.treatment)).toBeGreaterThanOrEqual(0.8 - 1e-9);
      expect(power(sizes.holdout - 1, (sizes.holdout - 1) * ratio)).toBeLessThan(0.8);
    }
  });

  it('has no plan for a lift of zero or one that leaves 0..1', () => {
    expect(twoProportionSampleSize({ baseline: 0.5, lift: 0 })).toBeUndefined();
    expect(twoProportionSampleSize({ baseline: 0.99, lift: 0.02 })).toBeUndefined();
  });
});
