import type { Arithmetic } from '../../money/arithmetic';
import type { ValidConfig } from '../../schema/config';
import type { Decision, DecidedOffer, DecisionTrace, ExperimentGroup, FollowUp, Guidance, Withheld } from '../../schema/decision';
import type { Fallback } from '../../schema/fallback';
import { messages } from '../../errors/messages';
import type { ReturnContext } from '../facts/ReturnContext';
import type { Candidate } from '../candidates/Candidate';
import type { FiredRule } from '../rules/RulesOutcome';
import { fillTemplate } from './template';
import { extend } from '../../util/extend';

/** The flag on a decision whose return is of a watched SKU × reason. */
export const RECALL_CANDIDATE = 'recall-candidate';

/**
 * Stage 10: the decision as JSON, amounts as strings with the currency's minor
 * digits, plus what the agent should do (guidance with placeholders filled),
 * contacts to schedule and flags, from the fired rules in their order.
 */
export function assembleDecision<A>(input: {
  config: ValidConfig;
  context: ReturnContext<A>;
  m: Arithmetic<A>;
  loss: A;
  offers: readonly Candidate<A>[];
  withheld: readonly Withheld[];
  /** The experiment group, null when the client runs no holdout. */
  group: ExperimentGroup | null;
  fired: readonly FiredRule[];
  trace?: DecisionTrace;
}): Decision {
  const { config, context, fired, m } = input;
  const amount = (value: A) => m.format(value);
  // The plain return refunds the return value.
  const refund = amount(context.returnValue);
  const guidance: Guidance[] = [];
  const followUps: FollowUp[] = [];
  // A watched product is flagged whatever the rules say; what follows is the rules' to decide.
  const flags = new Set<string>(context.watched ? [RECALL_CANDIDATE] : []);
  for (const { rule, event } of fired) {
    if (event.type === 'guide') guidance.push({ text: fillTemplate(event.params.text, context.request), rule });
    if (event.type === 'follow-up') followUps.push(extend(event.params, { rule }));
    if (event.type === 'flag') flags.add(event.params.flag);
  }
  return {
    requestId: context.request.id,
    clientId: config.client.id,
    currency: context.request.order.currency,
    returnValue: refund,
    returnLoss: amount(input.loss),
    // The kind and the terms come from one offer, so they agree: the object is that kind's DecidedOffer.
    offers: input.offers.map((candidate, i) => ({
      rank: i + 1,
      offerId: candidate.offer.id,
      kind: candidate.offer.kind,
      label: candidate.offer.label,
      cost: amount(candidate.cost),
      customerValue: amount(candidate.customerValue),
      expectedSaving: amount(candidate.expectedSaving),
      approval: candidate.approval,
      because: candidate.because,
      terms: { ...candidate.prepared.terms },
      acceptance: { rate: candidate.estimate!.rate, source: candidate.estimate!.source, outcomes: candidate.estimate!.outcomes },
      ...(candidate.propensity === undefined ? {} : { propensity: candidate.propensity }),
    }) as DecidedOffer),
    withheld: input.withheld,
    guidance,
    followUps,
    flags: [...flags],
    ...(input.group === null ? {} : { experiment: { group: input.group } }),
    fallback: fallback(context, refund),
    ...(input.trace ? { trace: input.trace } : {}),
  };
}

/** The plain return's refund, or, outside the return window, why none is owed. */
function fallback({ returnWindow: window }: ReturnContext<unknown>, refund: string): Fallback {
  return window.inside ? { kind: 'return', refund } : { kind: 'none', detail: messages.noRefundOwed(window.since, window.days, window.windowDays) };
}
