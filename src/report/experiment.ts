import { formatMoney, Money } from '../money/money';
import type { Outcome } from '../schema/outcome';
import { newcombe, wilson, type Interval } from '../stats/interval';
import { twoProportionPower, twoProportionSampleSize } from '../stats/sampleSize';
import { isSave } from './isSave';
import type { Experiment, GroupResult, SampleSizeNeed } from './reportTypes';
import { MoneyTally } from './tallies';

/** What a conclusive experiment is asked to detect. */
export interface PowerPlan {
  readonly lift: number;
  readonly power: number;
  readonly alpha: number;
}

/** Decisions, saves and spend of one group, counted as outcomes stream by. */
class GroupTally {
  decisions = 0;
  saves = 0;
  open = 0;
  readonly spend = new MoneyTally();

  add(outcome: Outcome): void {
    this.decisions += 1;
    if (isSave(outcome)) this.saves += 1;
    if (outcome.result.status === 'open') this.open += 1;
    if (outcome.result.status === 'accepted') this.spend.add(outcome.result.cost);
  }

  result(digits: number): GroupResult {
    return {
      decisions: this.decisions,
      saves: this.saves,
      open: this.open,
      saveRate: wilson(this.saves, this.decisions),
      spend: formatMoney(this.spend.total, digits),
      costPerSave: this.saves === 0 ? null : formatMoney(this.spend.total.div(this.saves), digits),
    };
  }
}

/** The fold behind `overall` and `experiment`: every decision, and each group apart. */
export class ExperimentTally {
  private readonly overall = new GroupTally();
  private readonly treatment = new GroupTally();
  private readonly holdout = new GroupTally();
  private ungrouped = 0;

  add(outcome: Outcome): void {
    this.overall.add(outcome);
    if (outcome.group === 'treatment') this.treatment.add(outcome);
    else if (outcome.group === 'holdout') this.holdout.add(outcome);
    else this.ungrouped += 1;
  }

  overallResult(digits: number): GroupResult {
    return this.overall.result(digits);
  }

  /** Treatment against holdout; null without a holdout decision. */
  result(digits: number, plan: PowerPlan): Experiment | null {
    if (this.holdout.decisions === 0) return null;
    const treatment = this.treatment.result(digits);
    const holdout = this.holdout.result(digits);
    const lift = newcombe({ successes: treatment.saves, trials: treatment.decisions }, { successes: holdout.saves, trials: holdout.decisions });
    const scale = (rate: number) => rate * treatment.decisions;
    return {
      treatment,
      holdout,
      ungrouped: this.ungrouped,
      lift,
      incrementalSaves: { estimate: scale(lift.estimate), low: scale(lift.low), high: scale(lift.high) },
      costPerIncrementalSave: costPerSave(this.treatment.spend.total, lift, treatment.decisions, digits),
      sampleSize: sampleSizeNeed(treatment, holdout, plan),
    };
  }
}

/**
 * Spend ÷ (lift × decisions) at the estimate and at each end of the lift's
 * interval: a larger lift means a cheaper save, so the lift's high end gives
 * the cost's low end. Where the lift is not above zero there is no cost per
 * save to state (null).
 */
function costPerSave(spend: Money, lift: Interval, decisions: number, digits: number): Experiment['costPerIncrementalSave'] {
  const per = (rate: number) => (rate > 0 && decisions > 0 ? formatMoney(spend.div(new Money(rate * decisions)), digits) : null);
  return { estimate: per(lift.estimate), low: per(lift.high), high: per(lift.low) };
}

/** How many decisions, at the current split, detect `plan.lift` over the holdout's save rate, and what these detect now. */
function sampleSizeNeed(treatment: GroupResult, holdout: GroupResult, plan: PowerPlan): SampleSizeNeed | null {
  const baseline = holdout.saveRate.estimate;
  if (treatment.decisions === 0) return null;
  const needed = twoProportionSampleSize({ ...plan, baseline, ratio: treatment.decisions / holdout.decisions });
  if (needed === undefined) return null;
  const have = { holdout: holdout.decisions, treatment: treatment.decisions };
  return {
    lift: plan.lift,
    power: plan.power,
    alpha: plan.alpha,
    baseline,
    holdoutShare: holdout.decisions / (holdout.decisions + treatment.decisions),
    needed,
    moreDecisions: Math.max(0, needed.holdout - have.holdout) + Math.max(0, needed.treatment - have.treatment),
    detectableLift: detectableLift(baseline, have, plan),
  };
}

/** The smallest lift detected at `plan.power` with these decisions, by bisection (power grows with the lift); null if even the largest possible lift is not. */
function detectableLift(baseline: number, groups: { holdout: number; treatment: number }, plan: PowerPlan): number | null {
  const powerAt = (lift: number) => twoProportionPower({ baseline, lift, alpha: plan.alpha }, groups);
  let high = 1 - baseline;
  if (high <= 0 || powerAt(high) < plan.power) return null;
  let low = 0;
  for (let step = 0; step < 50; step++) {
    const middle = (low + high) / 2;
    if (powerAt(middle) >= plan.power) high = middle;
    else low = middle;
  }
  return high;
}
