import { formatMoney, type Money } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import type { Decision, DecidedOffer, DecisionTrace, FollowUp, Guidance, Withheld } from '../../schema/decision';
import type { Offer } from '../../schema/offer';
import type { ReturnContext } from '../facts/ReturnContext';
import type { RankedCandidate } from '../rank/rank';
import type { FiredRule } from '../rules/RulesOutcome';
import { fillTemplate } from './template';

/** Fields every offer has; what remains are the kind's terms. */
const NOT_TERMS = new Set([
  'id', 'kind', 'label', 'description', 'acceptRate', 'reasons', 'categories',
  'minReturnValue', 'maxReturnValue', 'validFrom', 'validTo', 'stock', 'maxPerCustomer',
]);

/**
 * Stage 9: the decision as JSON, amounts as strings with the currency's minor
 * digits, plus what the agent should do (guidance with placeholders filled),
 * contacts to schedule and flags, from the fired rules in their order.
 */
export function assembleDecision(input: {
  config: ValidConfig;
  context: ReturnContext;
  loss: Money;
  offers: readonly RankedCandidate[];
  withheld: readonly Withheld[];
  fired: readonly FiredRule[];
  trace?: DecisionTrace;
}): Decision {
  const { config, context, fired } = input;
  const amount = (value: Money) => formatMoney(value, context.digits);
  const guidance: Guidance[] = [];
  const followUps: FollowUp[] = [];
  const flags = new Set<string>();
  for (const { rule, event } of fired) {
    if (event.type === 'guide') guidance.push({ text: fillTemplate(event.params.text, context.request), rule });
    if (event.type === 'follow-up') followUps.push({ ...event.params, rule });
    if (event.type === 'flag') flags.add(event.params.flag);
  }
  return {
    requestId: context.request.id,
    clientId: config.client.id,
    currency: context.request.order.currency,
    returnValue: amount(context.returnValue),
    returnLoss: amount(input.loss),
    offers: input.offers.map((candidate, i): DecidedOffer => ({
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
    })),
    withheld: input.withheld,
    guidance,
    followUps,
    flags: [...flags],
    fallback: { kind: 'return', refund: amount(context.returnValue) },
    ...(input.trace ? { trace: input.trace } : {}),
  };
}

function terms(offer: Offer): Record<string, unknown> {
  return Object.fromEntries(Object.entries(offer).filter(([key]) => !NOT_TERMS.has(key)));
}
