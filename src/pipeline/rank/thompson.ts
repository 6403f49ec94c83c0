import type { AcceptanceEstimate } from '../../learning/acceptanceIndex';
import { betaDraw } from '../../random/beta';
import { murmur3 } from '../../random/murmur3';
import { seededUniform } from '../../random/prng';

/**
 * Draws per candidate for the propensity estimate: draw 0 ranks, and the
 * share of the `PROPENSITY_DRAWS` draws in which an offer scores highest is
 * its propensity. 256 makes every propensity an exact binary fraction
 * (count / 256, so the JSON is stable) with a standard error of at most
 * 0.031; it costs 256 Beta draws per candidate (see README, *Learning and holdouts*).
 */
export const PROPENSITY_DRAWS = 256;

interface ThompsonInput<C> {
  /** Each candidate's (returnLoss − cost) × weight: what its drawn rate multiplies. */
  readonly margins: readonly number[];
  /** What seeds an offer's draws: client, request, offer and model version. */
  readonly seedKey: (offerId: string) => readonly string[];
  /** How candidates with equal scores are ordered. */
  readonly tieBreak: (a: C, b: C) => number;
}

/**
 * Thompson sampling: each candidate's rate is a draw from its Beta posterior,
 * seeded from the client, request, offer and model version, so the same
 * request and model give the same order, byte for byte. Candidates are ranked
 * by draw × (returnLoss − cost) × weight, ties as without exploration. The
 * propensity of each is estimated by redrawing from the same seeded streams.
 * @returns the candidates' indexes in rank order, and each one's propensity.
 */
export function thompson<C extends { readonly prepared: { readonly id: string }; readonly estimate: AcceptanceEstimate | null }>(
  candidates: readonly C[],
  input: ThompsonInput<C>,
): { order: number[]; propensity: number[] } {
  const n = candidates.length;
  const { margins } = input;
  const estimates = candidates.map((candidate) => candidate.estimate!);
  const streams = candidates.map((candidate) => seededUniform(murmur3(JSON.stringify(input.seedKey(candidate.prepared.id)))));
  const scores = new Float64Array(n);
  // One draw per candidate, in candidate order, from each one's own stream: a draw never depends on the other candidates.
  const draw = () => {
    for (let i = 0; i < n; i++) scores[i] = betaDraw(estimates[i]!.alpha, estimates[i]!.beta, streams[i]!) * margins[i]!;
  };
  const before = (a: number, b: number) => scores[b]! - scores[a]! || input.tieBreak(candidates[a]!, candidates[b]!);
  draw();
  const order = candidates.map((_, i) => i).sort(before);
  const wins = new Array<number>(n).fill(0);
  wins[order[0]!]! += 1;
  for (let k = 1; k < PROPENSITY_DRAWS; k++) {
    draw();
    let best = 0;
    for (let i = 1; i < n; i++) if (before(i, best) < 0) best = i;
    wins[best]! += 1;
  }
  return { order, propensity: wins.map((count) => count / PROPENSITY_DRAWS) };
}
