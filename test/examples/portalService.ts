/**
 * The call-center service for the portal test. TEMPORARY STUB following the
 * service's route contract until examples/call-center (buildServer, keys,
 * ledger) lands on main; then this starts the real service.
 */
import Fastify from 'fastify';
import { customerView, type Decision, type ReturnRequest } from 'savedesk';
import { loadClient } from 'savedesk/node';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A lead's key for Threadline, which the service knows but the portal never sends. */
export const leadKey = 'test-lead-threadline-3c8e51b7';

export interface RunningService {
  readonly url: string;
  setNow(now: Date): void;
  accepted(): Promise<Array<{ requestId: string; offerId: string }>>;
  close(): Promise<void>;
}

export async function startService(options: { portalKey: string; now: Date }): Promise<RunningService> {
  let now = options.now;
  const { desk } = await loadClient(join(import.meta.dirname, '..', '..', 'rules', 'threadline'));
  const keys = new Map([[options.portalKey, 'portal'], [leadKey, 'lead']]);
  const decisions = new Map<string, Decision>();
  const accepted: Array<{ requestId: string; offerId: string }> = [];
  const app = Fastify();
  app.addHook('onRequest', async (request, reply) => {
    const level = keys.get(String(request.headers.authorization).replace(/^Bearer /, ''));
    if (level === undefined) return reply.code(401).send({ error: 'unauthorized', message: 'no such key' });
    (request as unknown as { level: string }).level = level;
  });
  app.post<{ Body: Record<string, unknown> }>('/clients/threadline/decisions', async (request, reply) => {
    const level = (request as unknown as { level: string }).level;
    const body = request.body;
    if ((body.agent as { level?: string } | undefined)?.level !== undefined && (body.agent as { level: string }).level !== level) return reply.code(403).send({ error: 'level-not-granted' });
    if (level === 'portal' && body.channel !== 'portal') return reply.code(403).send({ error: 'portal-channel-only' });
    const decision = await desk.decide({ ...body, receivedAt: now.toISOString() } as unknown as ReturnRequest);
    decisions.set(decision.requestId, decision);
    return reply.code(201).send(level === 'portal' ? { requestId: decision.requestId, view: customerView(decision) } : { requestId: decision.requestId, decision });
  });
  app.post<{ Params: { requestId: string }; Body: { offerId: string } }>('/clients/threadline/decisions/:requestId/accept', async (request, reply) => {
    const decision = decisions.get(request.params.requestId);
    if (!decision?.offers.some((offer) => offer.offerId === request.body.offerId)) return reply.code(409).send({ error: 'offer-not-made', message: 'not offered' });
    accepted.push({ requestId: request.params.requestId, offerId: request.body.offerId });
    return reply.code(201).send({ concession: { offerId: request.body.offerId } });
  });
  app.post('/clients/threadline/decisions/:requestId/decline', async (_request, reply) => reply.code(201).send({}));
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    setNow: (next) => { now = next; },
    accepted: async () => accepted,
    close: () => app.close(),
  };
}
