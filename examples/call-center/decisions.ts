import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod';
import type { Ledger } from 'savedesk/ledger';
import { approverOf, clientAccess } from './access';
import type { ServedClient } from './clients';
import { issuesOf } from './issues';
import type { KeyRing } from './keys';
import type { ServiceLimits } from './limits';
import { messages } from './messages';
import { ServiceRefusal } from './refusal';
import { objectBody, stampRequest } from './stamp';

/** What the decision routes need: the clients, the keys, the ledger and the service's clock. */
export interface DecisionRoutesContext {
  readonly clients: ReadonlyMap<string, ServedClient>;
  readonly keys: KeyRing;
  readonly ledger: Ledger;
  readonly now: () => Date;
  readonly limits: ServiceLimits;
}

/** The body of an accept: the offer the customer took, and the key of whoever approved it when it needed approval. */
export const AcceptBodySchema = z.strictObject({
  offerId: z.string().min(1).max(200),
  approverKey: z.string().min(1).max(200).optional(),
});

type ClientRoute = { Params: { clientId: string } };
type RequestRoute = { Params: { clientId: string; requestId: string } };

/**
 * Decide, accept, decline: `decide` reads the ledger, `accept` enforces.
 * Every route acts for the client in its path, as the caller's key allows.
 */
export function decisionRoutes(app: FastifyInstance, context: DecisionRoutesContext): void {
  const { clients, keys, ledger, now, limits } = context;
  // The key is checked before the body is read: a caller without one costs no parsing.
  const granted = new WeakMap<FastifyRequest, ReturnType<typeof clientAccess>>();
  const onRequest = async (request: FastifyRequest) => {
    granted.set(request, clientAccess(request as FastifyRequest<ClientRoute>, keys, clients));
  };
  const accessOf = (request: FastifyRequest) => granted.get(request)!;

  app.post<ClientRoute>('/clients/:clientId/decisions', { onRequest }, async (request, reply) => {
    const { caller, client } = accessOf(request);
    const stamped = stampRequest(objectBody(request.body, limits), caller, now(), limits);
    // Concessions come from the ledger: a body that leaves them out cannot lower the cap.
    const withHistory = await ledger.withHistory(client.id, stamped);
    const decision = await client.desk.decide(withHistory);
    await ledger.record(decision, withHistory, { desk: client.desk });
    // TODO(merge): a portal key sees customerView(decision) once the core exports it.
    const answer = caller.portal ? { requestId: decision.requestId, view: decision } : { requestId: decision.requestId, decision };
    return reply.code(201).send(answer);
  });

  app.post<RequestRoute>('/clients/:clientId/decisions/:requestId/accept', { onRequest }, async (request, reply) => {
    const { client } = accessOf(request);
    const parsed = AcceptBodySchema.safeParse(objectBody(request.body, limits));
    if (!parsed.success) {
      throw new ServiceRefusal(400, 'invalid-input', messages.invalidBody, issuesOf(parsed.error));
    }
    const { offerId, approverKey } = parsed.data;
    const approvedBy = approverKey === undefined ? undefined : approverOf(approverKey, client.id, keys);
    const { concession, repeated } = await ledger.accept({
      desk: client.desk,
      requestId: request.params.requestId,
      offerId,
      ...(approvedBy === undefined ? {} : { approvedBy }),
      at: now().toISOString(),
    });
    return reply.code(201).send({ concession, repeated });
  });

  app.post<RequestRoute>('/clients/:clientId/decisions/:requestId/decline', { onRequest }, async (request, reply) => {
    const { client } = accessOf(request);
    const at = now().toISOString();
    await ledger.decline({ clientId: client.id, requestId: request.params.requestId, at });
    return reply.code(201).send({ requestId: request.params.requestId, declined: at });
  });
}
