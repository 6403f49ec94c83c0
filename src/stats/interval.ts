/** A two-sided interval around an estimate. */
export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson's score interval for a proportion `successes / trials`: unlike the
 * plain ±z·√(p(1−p)/n), it stays inside 0..1 and keeps its coverage near 0
 * and 1 and for small n. With no trials the proportion is unknown: 0 in [0, 1].
 */
export function wilson(successes: number, trials: number, z = Z95): Interval {
  if (trials === 0) return { estimate: 0, low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or n successes the bound is exactly 0 or 1; floating point would leave 1e-16 off.
  return { estimate: p, low: successes === 0 ? 0 : centre - half, high: successes === trials ? 1 : centre + half };
}

/**
 * Newcombe's hybrid score interval (his method 10, 1998) for the difference
 * of two independent proportions a − b, built from each one's Wilson interval.
 * It is the interval the report and the simulator give for a holdout lift:
 * treatment save rate minus holdout save rate.
 */
export function newcombe(a: { successes: number; trials: number }, b: { successes: number; trials: number }, z = Z95): Interval {
  const first = wilson(a.successes, a.trials, z);
  const second = wilson(b.successes, b.trials, z);
  const estimate = first.estimate - second.estimate;
  return {
    estimate,
    low: estimate - Math.hypot(first.estimate - first.low, second.high - second.estimate),
    high: estimate + Math.hypot(first.high - first.estimate, second.estimate - second.low),
  };
}
