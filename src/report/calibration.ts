import type { Outcome } from '../schema/outcome';
import { wilson } from '../stats/interval';
import { firstOffer } from './acceptance';
import type { Calibration } from './reportTypes';

interface Bin {
  decisions: number;
  predictedSum: number;
  taken: number;
}

/** Predicted against observed acceptance of the offer ranked first, in `bins` equal-width bins of the predicted rate. */
export class CalibrationTally {
  private readonly bins: Bin[];
  private decisions = 0;
  private squaredError = 0;

  constructor(private readonly binCount: number) {
    this.bins = Array.from({ length: binCount }, () => ({ decisions: 0, predictedSum: 0, taken: 0 }));
  }

  add(outcome: Outcome): void {
    const first = firstOffer(outcome);
    if (first === undefined || outcome.result.status === 'open') return;
    const taken = outcome.result.status === 'accepted' && outcome.result.offerId === first.offerId ? 1 : 0;
    const bin = this.bins[Math.min(this.binCount - 1, Math.floor(first.rate * this.binCount))]!;
    bin.decisions += 1;
    bin.predictedSum += first.rate;
    bin.taken += taken;
    this.decisions += 1;
    this.squaredError += (first.rate - taken) ** 2;
  }

  result(): Calibration {
    return {
      decisions: this.decisions,
      brier: this.decisions === 0 ? null : this.squaredError / this.decisions,
      bins: this.bins.flatMap((bin, index) =>
        bin.decisions === 0
          ? []
          : [{
              from: index / this.binCount,
              to: (index + 1) / this.binCount,
              decisions: bin.decisions,
              predicted: bin.predictedSum / bin.decisions,
              observed: wilson(bin.taken, bin.decisions),
            }],
      ),
    };
  }
}
