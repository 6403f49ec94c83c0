import type { FastifyRequest } from 'fastify';
import type { ServedClient } from './clients';
import { bearerKey, type Caller, type KeyRing } from './keys';
import { messages } from './messages';
import { ServiceRefusal } from './refusal';

/** The caller, from the request's bearer key: 401 without a known key. */
export function callerOf(request: FastifyRequest, keys: KeyRing): Caller {
  const key = bearerKey(request.headers.authorization);
  if (key === undefined) throw new ServiceRefusal(401, 'no-key', messages.noKey);
  const caller = keys(key);
  if (caller === undefined) throw new ServiceRefusal(401, 'unknown-key', messages.unknownKey);
  return caller;
}

/**
 * The caller and the client the route names: 401 without a known key, 404 for
 * a client not loaded, 403 for a client the key does not serve.
 */
export function clientAccess(
  request: FastifyRequest<{ Params: { clientId: string } }>,
  keys: KeyRing,
  clients: ReadonlyMap<string, ServedClient>,
): { caller: Caller; client: ServedClient } {
  const caller = callerOf(request, keys);
  const { clientId } = request.params;
  if (!caller.clients.has(clientId)) {
    // A key learns nothing about clients it does not serve, loaded or not.
    throw new ServiceRefusal(403, 'client-not-served', messages.clientNotServed(clientId));
  }
  const client = clients.get(clientId);
  if (client === undefined) throw new ServiceRefusal(404, 'unknown-client', messages.unknownClient(clientId));
  return { caller, client };
}

/**
 * The approver an accept names by key: someone else's key, serving the same
 * client, whose level the ledger then checks against the offer's approval.
 * A portal key never approves.
 */
export function approverOf(approverKey: string, clientId: string, keys: KeyRing): { id: string; level: string } {
  const approver = keys(approverKey);
  if (approver === undefined || approver.portal) throw new ServiceRefusal(403, 'approver-unknown', messages.approverUnknown);
  if (!approver.clients.has(clientId)) throw new ServiceRefusal(403, 'approver-not-for-client', messages.approverNotForClient(clientId));
  return { id: approver.agentId, level: approver.level };
}
