import type { ReturnRequest } from 'savedesk';
import type { ServiceLimits } from './limits';
import type { Caller } from './keys';
import { messages } from './messages';
import { oversizedBody } from './bodyShape';
import { ServiceRefusal } from './refusal';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON object body within the service's size limits (see
 * {@link oversizedBody}), or a 400 with the one problem found.
 */
export function objectBody(body: unknown, limits: ServiceLimits): JsonObject {
  if (!isObject(body)) throw new ServiceRefusal(400, 'invalid-input', messages.invalidBody, [{ code: 'wrong-type', path: '', message: messages.notJsonObject }]);
  const oversized = oversizedBody(body, limits);
  if (oversized !== undefined) throw new ServiceRefusal(400, 'invalid-input', messages.invalidBody, [oversized]);
  return body;
}

/**
 * The return request as the service lets it be decided: the agent and level
 * from the caller's key (a body that claims another is refused with 403, not
 * silently corrected: someone is trying something), the `portal` channel for a
 * portal key, and `receivedAt` from the service's clock when left out — or
 * checked against it when given, so moving it cannot shift concessions out of
 * the cap window or reopen an expired promotion. The rest is not checked
 * here: `ledger.withHistory` and `decide` validate the whole request.
 */
export function stampRequest(body: JsonObject, caller: Caller, now: Date, limits: ServiceLimits): ReturnRequest {
  const agent = isObject(body.agent) ? body.agent : {};
  if (agent.level !== undefined && agent.level !== caller.level) {
    throw new ServiceRefusal(403, 'level-not-granted', messages.levelNotGranted(String(agent.level), caller.level));
  }
  if (agent.id !== undefined && agent.id !== caller.agentId) {
    throw new ServiceRefusal(403, 'agent-not-key', messages.agentNotKey(String(agent.id)));
  }
  if (caller.portal && body.channel !== undefined && body.channel !== 'portal') {
    throw new ServiceRefusal(403, 'portal-channel-only', messages.portalChannelOnly(String(body.channel)));
  }
  if (!caller.portal && body.channel === 'portal') throw new ServiceRefusal(403, 'portal-key-only', messages.portalKeyOnly);

  const receivedAt = body.receivedAt ?? now.toISOString();
  const skewMs = Math.abs(Date.parse(String(receivedAt)) - now.getTime());
  // An unreadable date is left for savedesk's validation to name; a readable one must be near now.
  if (skewMs > limits.clockSkewMinutes * 60_000) {
    throw new ServiceRefusal(400, 'invalid-input', messages.invalidRequest, [
      { code: 'invalid', path: 'receivedAt', message: messages.receivedAtSkewed(limits.clockSkewMinutes) },
    ]);
  }
  return {
    ...body,
    receivedAt,
    channel: caller.portal ? 'portal' : body.channel,
    agent: { id: caller.agentId, level: caller.level },
  } as ReturnRequest;
}
