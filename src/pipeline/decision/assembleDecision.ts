import type { Arithmetic } from '../../money/arithmetic';
import type { ValidConfig } from '../../schema/config';
import type { Decision, DecidedOffer, DecisionTrace, ExperimentGroup, FollowUp, Guidance, Withheld } from '../../schema/decision';
import type { Fallback } from '../../schema/fallback';
import { messages } from '../../errors/messages';
import type { ReturnContext } from '../facts/ReturnContext';
import type { Candidate } from '../candidates/Candidate';
import type { FiredRule } from '../rules/RulesOutcome';
import type { PreparedEvent } from '../../prepared/PreparedEvent';
import { fillTemplate } from './template';

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
  /** The rules' events, prepared, by rule index. */
  events: readonly PreparedEvent[];
  trace: DecisionTrace | undefined;
}): Decision {
  const { config, context, fired, events, m } = input;
  const amount = (value: A) => m.format(value);
  // The plain return refunds the return value.
  const refund = amount(context.returnValue);
  const guidance: Guidance[] = [];
  const followUps: FollowUp[] = [];
  // A watched product is flagged whatever the rules say; what follows is the rules' to decide.
  const flags: string[] = context.watched ? [RECALL_CANDIDATE] : [];
  // Rules often share a guidance text: each is filled once per decision.
  let filled: Map<string, string> | undefined;
  for (const { rule, index } of fired) {
    const { guide, followUp, flag } = events[index]!;
    if (guide !== null) {
      let text = filled?.get(guide);
      if (text === undefined) (filled ??= new Map()).set(guide, (text = fillTemplate(guide, context.request)));
      guidance.push({ text, rule });
    }
    // A copy: a decision is the caller's to change.
    if (followUp !== null) followUps.push({ ...followUp });
    if (flag !== null && !flags.includes(flag)) flags.push(flag);
  }
  // Built field by field, optional fields added in their place: an object literal with spreads in it leaves V8's fast path.
  const decision: Building<Decision> = {
    requestId: context.request.id,
    clientId: config.client.id,
    currency: context.request.order.currency,
    returnValue: refund,
    returnLoss: amount(input.loss),
    offers: input.offers.map((candidate, i) => decidedOffer(candidate, i + 1, m)),
    withheld: input.withheld,
    guidance,
    followUps,
    flags,
  };
  if (input.group !== null) decision.experiment = { group: input.group };
  decision.fallback = fallback(context, refund);
  if (input.trace) decision.trace = input.trace;
  return decision as Decision;
}

/** An object being filled in, field by field. */
type Building<T> = { -readonly [K in keyof T]?: T[K] };

/** A ranked candidate as the decision shows it: the kind and the terms come from one offer, so they agree, and the object is that kind's DecidedOffer. */
function decidedOffer<A>(candidate: Candidate<A>, rank: number, m: Arithmetic<A>): DecidedOffer {
  const estimate = candidate.estimate!;
  const offer = {
    rank,
    offerId: candidate.prepared.id,
    kind: candidate.prepared.kind,
    label: candidate.prepared.label,
    cost: m.format(candidate.cost),
    customerValue: m.format(candidate.customerValue),
    expectedSaving: m.format(candidate.expectedSaving),
    approval: candidate.approval,
    because: candidate.because,
    terms: { ...candidate.prepared.terms },
    acceptance: { rate: estimate.rate, source: estimate.source, outcomes: estimate.outcomes },
  };
  if (candidate.propensity !== undefined) (offer as { propensity?: number }).propensity = candidate.propensity;
  return offer as DecidedOffer;
}

/** The plain return's refund, or, outside the return window, why none is owed. */
function fallback({ returnWindow: window }: ReturnContext<unknown>, refund: string): Fallback {
  return window.inside ? { kind: 'return', refund } : { kind: 'none', detail: messages.noRefundOwed(window.since, window.days, window.windowDays) };
}
