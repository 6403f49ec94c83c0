import { gammaP, gammaQ } from './gamma';

/**
 * P[X ≥ observed] for X ~ Poisson(expected): how surprising a count this high
 * is when `expected` is the true mean. It is P(observed, expected), the
 * regularized lower incomplete gamma function; 1 for a count of 0, and 0 for
 * a count above 0 when nothing is expected.
 */
export function poissonExceedance(observed: number, expected: number): number {
  if (observed <= 0) return 1;
  if (expected <= 0) return 0;
  return gammaP(observed, expected);
}

/** P[χ²₁ ≥ statistic]: the tail of a chi-square with one degree of freedom, Q(½, statistic / 2). */
export function chiSquareExceedance(statistic: number): number {
  return statistic <= 0 ? 1 : gammaQ(0.5, statistic / 2);
}
