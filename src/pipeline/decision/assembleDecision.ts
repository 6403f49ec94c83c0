import { formatMoney, type Money } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import type { Decision, DecidedOffer, DecisionTrace, ExperimentGroup, FollowUp, Guidance, Withheld } from '../../schema/decision';
import type { Fallback } from '../../schema/fallback';
import { offerFieldsNotTerms, type Offer, type OfferTerms } from '../../schema/offer';
import { messages } from '../../errors/messages';
import type { ReturnContext } from '../facts/ReturnContext';
import type { RankedCandidate } from '../rank/rank';
import type { FiredRule } from '../rules/RulesOutcome';
import { fillTemplate } from './template';
import { extend } from '../../util/extend';

/** The flag on a decision whose return is of a watched SKU × reason. */
export const RECALL_CANDIDATE = 'recall-candidate';

/** Fields every offer has; what remains are the kind's terms. */
const NOT_TERMS: ReadonlySet<string> = new Set(offerFieldsNotTerms);

/**
 * Stage 10: the decision as JSON, amounts as strings with the currency's minor
 * digits, plus what the agent should do (guidance with placeholders filled),
 * contacts to schedule and flags, from the fired rules in their order.
 */
export function assembleDecision(input: {
  config: ValidConfig;
  context: ReturnContext;
  loss: Money;
  offers: readonly RankedCandidate[];
  withheld: readonly Withheld[];
  /** The experiment group, null when the client runs no holdout. */
  group: ExperimentGroup | null;
  fired: readonly FiredRule[];
  trace?: DecisionTrace;
}): Decision {
  const { config, context, fired } = input;
  const amount = (value: Money) => formatMoney(value, context.digits);
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
      terms: terms(candidate.offer),
      acceptance: candidate.acceptance,
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
function fallback({ returnWindow: window }: ReturnContext, refund: string): Fallback {
  return window.inside ? { kind: 'return', refund } : { kind: 'none', detail: messages.noRefundOwed(window.since, window.days, window.windowDays) };
}

/** The offer's terms, in the catalog's field order; a plain loop, as it runs for every offer shown. */
function terms(offer: Offer): OfferTerms {
  const terms: Record<string, unknown> = {};
  for (const key in offer) if (!NOT_TERMS.has(key)) terms[key] = offer[key as keyof Offer];
  return terms as OfferTerms;
}
