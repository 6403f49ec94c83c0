import type { Desk } from '../desk';
import type { DecidedOffer, Decision } from '../schema/decision';
import type { Outcome } from '../schema/outcome';
import type { ValidRequest } from '../schema/request';
import { isoMillis } from './inputs';

/** The rate a decision ranked an offer by, when the core gives one (learned acceptance), and its exploration propensity. */
type RatedOffer = DecidedOffer & {
  readonly acceptance?: { readonly rate: number; readonly source: 'prior' | 'learned' };
  readonly propensity?: number;
};

/** The prior acceptance rate when neither the decision nor a desk gives one: the policy's default. */
const DEFAULT_RATE = 0.5;

/**
 * A decision as the ledger records it: an {@link Outcome} still open. The
 * level is the agent's, else the policy's level for the channel (from the
 * desk), else the channel's name.
 */
export function recordedDecision(decision: Decision, request: ValidRequest, desk: Desk | undefined): Outcome {
  const experiment = (decision as Decision & { readonly experiment?: { readonly group: 'holdout' | 'treatment' } }).experiment;
  const policy = desk?.config.policy;
  const prior = (offerId: string) => desk?.config.catalog.find((offer) => offer.id === offerId)?.acceptRate ?? policy?.defaultAcceptRate ?? DEFAULT_RATE;
  return {
    requestId: decision.requestId,
    clientId: decision.clientId,
    customerId: request.customer.id,
    segment: request.customer.segment ?? null,
    reason: request.reason.code,
    channel: request.channel,
    level: request.agent?.level ?? policy?.channelLevels?.[request.channel] ?? request.channel,
    agentId: request.agent?.id ?? null,
    at: isoMillis(request.receivedAt),
    currency: decision.currency,
    returnValue: decision.returnValue,
    returnLoss: decision.returnLoss,
    offers: (decision.offers as readonly RatedOffer[]).map((offer) => ({
      offerId: offer.offerId,
      kind: offer.kind,
      rank: offer.rank,
      cost: offer.cost,
      approval: offer.approval === null ? null : { level: offer.approval.level },
      rate: offer.acceptance?.rate ?? prior(offer.offerId),
      source: offer.acceptance?.source ?? 'prior',
      ...(offer.propensity === undefined ? {} : { propensity: offer.propensity }),
    })),
    ...(experiment === undefined ? {} : { group: experiment.group }),
    result: { status: 'open' },
  };
}
