/**
 * Rounds of decide → outcome → record → learn in the simulated world
 * (world.ts), with what a person would want to know after each round: how
 * close the learned ranking is to an oracle's, and what the holdout says the
 * offers add, next to what they truly add.
 */
import { createDesk, learnAcceptance, type AcceptanceModel, type Decision, type Outcome, type ReturnRequest } from '../../src/index';
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
  /** Where each outcome goes once recorded (the ledger, a file); outcomes are also learned from in memory. */
  readonly record?: (outcome: Outcome) => void | Promise<void>;
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
  const outcomes: Outcome[] = [];
  let model: AcceptanceModel | undefined;
  let learnedFrom = 0;
  const groups = { treatment: { successes: 0, trials: 0 }, holdout: { successes: 0, trials: 0 }, trueRates: 0 };

  const report = async (round: number): Promise<RoundReport> => {
    const hasHoldout = groups.holdout.trials > 0 && groups.treatment.trials > 0;
    return {
      round,
      outcomes: outcomes.length,
      learnedFrom,
      savingShare: await evaluation(model),
      lift: hasHoldout ? newcombe(groups.treatment, groups.holdout) : null,
      trueLift: hasHoldout ? groups.trueRates / groups.treatment.trials - KEEP_ANYWAY : null,
      model,
    };
  };

  yield await report(0);
  for (let round = 1; round <= options.rounds; round++) {
    const desk = createDesk(config, model === undefined ? {} : { acceptance: model });
    for (let i = 0; i < options.roundSize; i++) {
      const request = worldRequest(outcomes.length, random);
      const decision = await desk.decide(request);
      const outcome = respond(decision, request, random);
      const group = decision.experiment?.group === 'holdout' ? groups.holdout : groups.treatment;
      group.trials += 1;
      if (outcome.result.status !== 'declined') group.successes += 1;
      if (group === groups.treatment && decision.offers[0]) groups.trueRates += trueRate(decision.offers[0].offerId, request.reason.code, request.customer.segment ?? null);
      if (decision.offers.length > 0) learnedFrom += 1;
      outcomes.push(outcome);
      await options.record?.(outcome);
    }
    model = learnAcceptance(outcomes, config);
    yield await report(round);
  }
}

/**
 * What the customer does: the first offer is put to them and taken with its
 * true probability (accepted), else they return the item (declined). In the
 * holdout no offer is made: they keep the item anyway with KEEP_ANYWAY (no
 * return is recorded, so the outcome stays open) or return it (declined).
 */
function respond(decision: Decision, request: ReturnRequest, random: Uniform): Outcome {
  const first = decision.offers[0];
  const at = new Date(Date.parse(request.receivedAt) + 300_000).toISOString();
  let result: Outcome['result'];
  if (first === undefined) result = random() < KEEP_ANYWAY ? { status: 'open' } : { status: 'declined', at };
  else if (random() < trueRate(first.offerId, request.reason.code, request.customer.segment ?? null)) result = { status: 'accepted', offerId: first.offerId, at, cost: first.cost };
  else result = { status: 'declined', at };
  return outcomeOf(decision, request, result);
}

/** The record of a decision and its result, as the ledger keeps it. */
export function outcomeOf(decision: Decision, request: ReturnRequest, result: Outcome['result']): Outcome {
  return {
    requestId: decision.requestId,
    clientId: decision.clientId,
    customerId: request.customer.id,
    segment: request.customer.segment ?? null,
    reason: request.reason.code,
    channel: request.channel,
    level: request.agent?.level ?? 'agent',
    agentId: request.agent?.id ?? null,
    at: request.receivedAt,
    currency: decision.currency,
    returnValue: decision.returnValue,
    returnLoss: decision.returnLoss,
    offers: decision.offers.map((offer) => ({
      offerId: offer.offerId,
      kind: offer.kind,
      rank: offer.rank,
      cost: offer.cost,
      approval: offer.approval,
      rate: offer.acceptance.rate,
      source: offer.acceptance.source,
      ...(offer.propensity === undefined ? {} : { propensity: offer.propensity }),
    })),
    ...(decision.experiment ? { group: decision.experiment.group } : {}),
    result,
  };
}

/**
 * Scores a model: the expected saving (true acceptance × (returnLoss − cost))
 * of the first offer a desk with that model makes, exploration and holdout
 * off, summed over fixed requests, as a share of what an oracle desk (given
 * the truth as its model) would save on the same requests.
 */
function evaluator(options: SimulationOptions): (model: AcceptanceModel | undefined) => Promise<number> {
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
  return async (model) => (await saving(model)) / (await oracle);
}
