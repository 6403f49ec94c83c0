import Fastify, { type FastifyInstance } from 'fastify';
import { SavedeskInputError, type ReturnRequest } from 'savedesk';
import { loadClients } from './clients';
import { OutcomeSchema, openOutcomeLog, outcomeIssues } from './outcomes';

export interface CallCenterOptions {
  /** Folder with one client folder per brand (`rules/` in this repository). */
  readonly rulesDir: string;
  /** NDJSON file the agents' outcomes are appended to. */
  readonly outcomesFile: string;
  /** The clock that stamps outcomes; the core never reads one, the service may. */
  readonly now?: () => Date;
  /** Fastify's request log; off by default so tests stay quiet. */
  readonly logger?: boolean;
}

/**
 * The agent's-screen backend: one decision per call, one outcome per decision.
 * Every client is loaded and compiled once, before the server accepts a request.
 */
export async function buildServer(options: CallCenterOptions): Promise<FastifyInstance> {
  const clients = await loadClients(options.rulesDir);
  const outcomes = await openOutcomeLog(options.outcomesFile, options.now ?? (() => new Date()));
  const app = Fastify({ logger: options.logger ?? false });

  app.get('/clients', async () => [...clients.values()].map(({ id, name }) => ({ id, name })));

  app.post<{ Params: { clientId: string } }>('/clients/:clientId/decisions', async (request, reply) => {
    const client = clients.get(request.params.clientId);
    if (client === undefined) {
      return reply.code(404).send({ error: 'unknown-client', message: `No client "${request.params.clientId}" is loaded.` });
    }
    try {
      // JSON from the wire: decide checks every field and refuses what is not a request.
      return await client.desk.decide(request.body as ReturnRequest);
    } catch (error) {
      if (error instanceof SavedeskInputError) return reply.code(400).send({ error: error.code, issues: error.issues });
      throw error;
    }
  });

  // `:requestId` is the decision's `requestId`: the id the agent's screen gave the return request.
  app.post<{ Params: { requestId: string } }>('/decisions/:requestId/outcome', async (request, reply) => {
    const parsed = OutcomeSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'invalid-outcome', issues: outcomeIssues(parsed.error) });
    return reply.code(201).send(await outcomes.record(request.params.requestId, parsed.data));
  });

  return app;
}
