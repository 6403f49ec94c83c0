/**
 * Rounds of decide → record → outcome → learn in the simulated world
 * (world.ts), with what a person would want to know after each round: how
 * close the learned ranking is to an oracle's, and what the holdout says the
 * offers add, next to what they truly add.
 */
import { createDesk, learnAcceptance, type AcceptanceModel, type Decision, type Desk, type Outcome, type ReturnRequest } from '../../src/index';
import { openLedger, type Ledger } from '../../src/ledger/index';
import { seededUniform, type Uniform } from '../../src/random/prng';
import { newcombe, type Interval } from '../../src/stats/interval';
import { KEEP_ANYWAY, oracleModel, trueRate, worldConfig, worldRequest } from './world';

/** How a simulation runs. */
export interface SimulationOptions {
  readonly seed: number;
  readonly rounds: number;
  /** Decisions (and outcomes) per round. */
  readonly roundSize: number;
  /** Thompson sampling on (policy.explore) or off (rank by the posterior mean). */
  readonly explore: boolean;
  /** policy.holdout.percent; 0 for none. */
  readonly holdoutPercent: number;
  /** Requests the ranking is scored on after each round (the same ones every round). */
  readonly evaluationSize: number;
  /** Where decisions and outcomes are recorded and learned from: an open ledger (default: a fresh `memory:` one, closed at the end). */
  readonly ledger?: Ledger;
}

/** What one round ends with. */
export interface RoundReport {
  readonly round: number;
  /** Outcomes recorded so far (treatment and holdout). */
  readonly outcomes: number;
  /** Of these, the ones the model learned from (accepted or declined, an offer shown). */
  readonly learnedFrom: number;
  /** Expected saving of the current ranking (exploration off) ÷ the oracle's, on the evaluation requests. */
  readonly savingShare: number;
  /** Regret: the oracle's expected saving less the current ranking's, per evaluation request (USD). */
  readonly regret: number;
  /** Treatment save rate − holdout save rate so far, with its 95% Newcombe interval; null without a holdout. */
  readonly lift: Interval | null;
  /** What the offers truly added so far: mean true acceptance of the first offers shown in treatment − the holdout's keep rate. */
  readonly trueLift: number | null;
  /** The model after this round. */
  readonly model: AcceptanceModel | undefined;
}

/** Runs the simulation, yielding round 0 (priors only) and then each round. */
export async function* simulate(options: SimulationOptions): AsyncGenerator<RoundReport> {
  const config = worldConfig({ explore: options.explore, holdoutPercent: options.holdoutPercent });
  const evaluation = evaluator(options);
  const random = seededUniform(options.seed);
  const ledger = options.ledger ?? (await openLedger('memory:'));
  let outcomes: Outcome[] = [];
  let model: AcceptanceModel | undefined;
  let learnedFrom = 0;
  const groups = { treatment: { successes: 0, trials: 0 }, holdout: { successes: 0, trials: 0 }, trueRates: 0 };

  const report = async (round: number): Promise<RoundReport> => {
    const hasHoldout = groups.holdout.trials > 0 && groups.treatment.trials > 0;
    return {
      round,
      outcomes: outcomes.length,
      learnedFrom,
      ...(await evaluation(model)),
      lift: hasHoldout ? newcombe(groups.treatment, groups.holdout) : null,
      trueLift: hasHoldout ? groups.trueRates / groups.treatment.trials - KEEP_ANYWAY : null,
      model,
    };
  };

  try {
    yield await report(0);
    let decided = 0;
    for (let round = 1; round <= options.rounds; round++) {
      const desk = createDesk(config, model === undefined ? {} : { acceptance: model });
      for (let i = 0; i < options.roundSize; i++) {
        const request = worldRequest(decided++, random);
        const decision = await desk.decide(request);
        await ledger.record(decision, request, { desk });
        const saved = await respond(decision, request, random, ledger, desk);
        const group = decision.experiment?.group === 'holdout' ? groups.holdout : groups.treatment;
        group.trials += 1;
        if (saved) group.successes += 1;
        if (group === groups.treatment && decision.offers[0]) groups.trueRates += trueRate(decision.offers[0].offerId, request.reason.code, request.customer.segment ?? null);
        if (decision.offers.length > 0) learnedFrom += 1;
      }
      outcomes = [];
      for await (const outcome of ledger.outcomes({ clientId: desk.clientId })) outcomes.push(outcome);
      model = learnAcceptance(outcomes, config);
      yield await report(round);
    }
  } finally {
    if (options.ledger === undefined) await ledger.close();
  }
}

/**
 * What the customer does, recorded in the ledger: the first offer is put to
 * them and taken with its true probability (accepted), else they return the
 * item (declined). In the holdout no offer is made: they keep the item anyway
 * with KEEP_ANYWAY (no return is recorded, so the outcome stays open) or
 * return it (declined).
 * @returns whether the sale was kept.
 */
async function respond(decision: Decision, request: ReturnRequest, random: Uniform, ledger: Ledger, desk: Desk): Promise<boolean> {
  const first = decision.offers[0];
  const at = new Date(Date.parse(request.receivedAt) + 300_000).toISOString();
  const decline = () => ledger.decline({ clientId: decision.clientId, requestId: decision.requestId, at });
  if (first === undefined) {
    if (random() < KEEP_ANYWAY) return true;
    await decline();
    return false;
  }
  if (random() < trueRate(first.offerId, request.reason.code, request.customer.segment ?? null)) {
    await ledger.accept({ desk, requestId: decision.requestId, offerId: first.offerId, at });
    return true;
  }
  await decline();
  return false;
}

/**
 * Scores a model: the expected saving (true acceptance × (returnLoss − cost))
 * of the first offer a desk with that model makes, exploration and holdout
 * off, summed over fixed requests, as a share of what an oracle desk (given
 * the truth as its model) would save on the same requests.
 */
function evaluator(options: SimulationOptions): (model: AcceptanceModel | undefined) => Promise<{ savingShare: number; regret: number }> {
  const config = worldConfig({ explore: false, holdoutPercent: 0 });
  const random = seededUniform(options.seed ^ 0x5eed);
  const requests = Array.from({ length: options.evaluationSize }, (_, n) => worldRequest(n, random, 'eval'));
  const saving = async (model: AcceptanceModel | undefined) => {
    const desk = createDesk(config, model === undefined ? {} : { acceptance: model });
    let total = 0;
    for (const request of requests) {
      const decision = await desk.decide(request);
      const first = decision.offers[0];
      if (first) total += trueRate(first.offerId, request.reason.code, request.customer.segment ?? null) * (Number(decision.returnLoss) - Number(first.cost));
    }
    return total;
  };
  const oracle = saving(oracleModel());
  return async (model) => {
    const [current, best] = [await saving(model), await oracle];
    return { savingShare: current / best, regret: (best - current) / requests.length };
  };
}
