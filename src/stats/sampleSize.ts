import { normalCdf, normalQuantile } from './normal';

/** A two-proportion comparison to plan: a baseline rate, the lift to detect, and how sure to be. */
export interface TwoProportionPlan {
  /** The rate without the treatment (the holdout's save rate), 0..1. */
  readonly baseline: number;
  /** The smallest difference worth detecting, as a proportion (0.02 = 2 points). */
  readonly lift: number;
  /** Chance of detecting the lift when it is there; default 0.8. */
  readonly power?: number;
  /** Two-sided significance level; default 0.05. */
  readonly alpha?: number;
  /** Decisions in the treatment per decision in the holdout; default 1 (equal groups). */
  readonly ratio?: number;
}

/** Decisions each group needs, rounded up to whole decisions. */
export interface GroupSizes {
  readonly holdout: number;
  readonly treatment: number;
}

/**
 * Decisions each group needs to detect `lift` over `baseline` with a
 * two-sided z-test of two proportions (normal approximation, no continuity
 * correction: the formula of Fleiss, Levin & Paik §4.2 and of R's
 * `power.prop.test`), for unequal groups of `ratio` treatment decisions per
 * holdout decision. `undefined` when the treatment rate would leave 0..1 or
 * the lift is 0.
 */
export function twoProportionSampleSize(plan: TwoProportionPlan): GroupSizes | undefined {
  const { baseline, lift, power = 0.8, alpha = 0.05, ratio = 1 } = plan;
  const treated = baseline + lift;
  if (lift === 0 || !(baseline >= 0 && baseline <= 1 && treated >= 0 && treated <= 1 && ratio > 0)) return undefined;
  const pooled = (baseline + ratio * treated) / (1 + ratio);
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const root =
    zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / ratio)) + zBeta * Math.sqrt(baseline * (1 - baseline) + (treated * (1 - treated)) / ratio);
  const holdout = (root * root) / (lift * lift);
  // A hair of floating point must not add a whole decision: 76.00000000001 needs 76.
  const whole = (n: number) => Math.ceil(n - 1e-9);
  return { holdout: whole(holdout), treatment: whole(holdout * ratio) };
}

/**
 * The power of that test with `holdout` and `treatment` decisions: the chance
 * it finds the lift significant at `alpha` when the lift is really there.
 */
export function twoProportionPower(plan: Omit<TwoProportionPlan, 'power' | 'ratio'>, groups: GroupSizes): number {
  const { baseline, lift, alpha = 0.05 } = plan;
  const treated = baseline + lift;
  const pooled = (baseline * groups.holdout + treated * groups.treatment) / (groups.holdout + groups.treatment);
  const nullSe = Math.sqrt(pooled * (1 - pooled) * (1 / groups.holdout + 1 / groups.treatment));
  const se = Math.sqrt((baseline * (1 - baseline)) / groups.holdout + (treated * (1 - treated)) / groups.treatment);
  return normalCdf((Math.abs(lift) - normalQuantile(1 - alpha / 2) * nullSe) / se);
}
