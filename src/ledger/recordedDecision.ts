import type { Desk } from '../desk';
import type { Decision } from '../schema/decision';
import type { Outcome } from '../schema/outcome';
import type { ValidRequest } from '../schema/request';
import { isoMillis } from './inputs';

/**
 * A decision as the ledger records it: an {@link Outcome} still open. The
 * level is the agent's, else the policy's level for the channel (from the
 * desk), else the channel's name.
 */
export function recordedDecision(decision: Decision, request: ValidRequest, desk: Desk | undefined): Outcome {
  const policy = desk?.config.policy;
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
    offers: decision.offers.map((offer) => ({
      offerId: offer.offerId,
      kind: offer.kind,
      rank: offer.rank,
      cost: offer.cost,
      approval: offer.approval === null ? null : { level: offer.approval.level },
      rate: offer.acceptance.rate,
      source: offer.acceptance.source,
      ...(offer.propensity === undefined ? {} : { propensity: offer.propensity }),
    })),
    ...(decision.experiment === undefined ? {} : { group: decision.experiment.group }),
    result: { status: 'open' },
  };
}
