import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjaminiHochberg';
import { gammaP, gammaQ, logGamma } from './gamma';
import { chiSquareExceedance, poissonExceedance } from './poisson';

/** P[X ≥ k | mean] summed term by term: an independent check, fine for the sizes here. */
function tailBySum(k: number, mean: number): number {
  let pmf = Math.exp(-mean);
  for (let i = 0; i < k; i++) pmf *= mean / (i + 1);
  // The upper tail summed directly, so a tail near 0 is not 1 − (something near 1).
  let tail = 0;
  for (let i = k; i < k + 2000; i++) {
    tail += pmf;
    pmf *= mean / (i + 1);
  }
  return tail;
}

describe('the incomplete gamma function and the tails built on it', () => {
  it('gives ln Γ at known points', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 13); // ln √π
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 12); // ln 9!
    const logFactorial170 = Array.from({ length: 170 }, (_, i) => Math.log(i + 1)).reduce((a, b) => a + b);
    expect(logGamma(171)).toBeCloseTo(logFactorial170, 9);
  });

  it('gives P(1, x) = 1 − e^−x and Q(½, x) = erfc(√x) on both sides of x = a + 1', () => {
    for (const x of [0.01, 0.5, 1.9, 2.1, 7, 30]) expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
    expect(gammaQ(0.5, 1)).toBeCloseTo(0.157299207050285, 14); // erfc(1)
    expect(gammaQ(0.5, 4)).toBeCloseTo(0.004677734981047266, 15); // erfc(2)
    expect(gammaP(3, 0)).toBe(0);
    expect(gammaQ(3, 0)).toBe(1);
  });

  it('gives Poisson exceedance equal to the summed tail, small and large means alike', () => {
    for (const [k, mean] of [[1, 0.3], [3, 1], [10, 2], [25, 5], [8, 7.5], [150, 100], [40, 60], [2, 0.001]] as const) {
      const expected = tailBySum(k, mean);
      expect(Math.abs(poissonExceedance(k, mean) - expected) / expected, `k=${k} mean=${mean}`).toBeLessThan(1e-9);
    }
    expect(poissonExceedance(1, 2)).toBeCloseTo(1 - Math.exp(-2), 15);
  });

  it('treats the edges: nothing observed is no surprise; something when nothing is expected is certain news', () => {
    expect(poissonExceedance(0, 3)).toBe(1);
    expect(poissonExceedance(2, 0)).toBe(0);
  });

  it('gives the χ² (1 df) tail: 3.841 is the 5% point, 6.635 the 1% point', () => {
    expect(chiSquareExceedance(3.841458820694124)).toBeCloseTo(0.05, 12);
    expect(chiSquareExceedance(6.634896601021214)).toBeCloseTo(0.01, 12);
    expect(chiSquareExceedance(0)).toBe(1);
  });
});

describe('benjaminiHochberg', () => {
  it('adjusts p-values step-up, in the order given, never above 1', () => {
    // Sorted: 0.005 ×4/1 = 0.02, 0.01 ×4/2 = 0.02, 0.03 ×4/3 = 0.04, 0.04 ×4/4 = 0.04.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((v) => Number(v.toFixed(12)))).toEqual([0.02, 0.04, 0.04, 0.02]);
    expect(benjaminiHochberg([0.9, 0.5])).toEqual([0.9, 0.9]);
  });

  it('counts tests left out (p = 1) in m', () => {
    expect(benjaminiHochberg([0.001, 0.02], 100).map((v) => Number(v.toFixed(12)))).toEqual([0.1, 1]);
  });
});
