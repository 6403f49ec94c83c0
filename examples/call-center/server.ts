import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { SavedeskError } from 'savedesk';
import { openLedger, type Ledger } from 'savedesk/ledger';
import { loadClients } from './clients';
import { decisionRoutes } from './decisions';
import { errorBody } from './issues';
import { keyRing, readKeys, type KeyEntry } from './keys';
import { defaultLimits, type ServiceLimits } from './limits';
import { messages } from './messages';
import { ServiceRefusal } from './refusal';
import { screenRoutes } from './screen';

export interface CallCenterOptions {
  /** Folder with one client folder per brand (`rules/` in this repository). */
  readonly rulesDir: string;
  /** Where decisions and concessions are kept: `pglite:<dir>`, `postgres://…` or `memory:` (see `openLedger`). */
  readonly ledgerUrl?: string;
  /** A ledger the host already opened, instead of `ledgerUrl`; the host closes it, the service does not. */
  readonly ledger?: Ledger;
  /** The keys file (a JSON array of `{ key, agentId, level, clients }`); or give `keys` directly. */
  readonly keysFile?: string;
  /** The keys, as the keys file would hold them. */
  readonly keys?: readonly KeyEntry[];
  /** The service's clock: stamps `receivedAt`, accepts and declines. The core never reads one; the service may. */
  readonly now?: () => Date;
  /** Fastify's request log (pino options or `true`); off by default so tests stay quiet. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Tighter or looser limits than {@link defaultLimits}. */
  readonly limits?: Partial<ServiceLimits>;
}

/** The HTTP status for each refusal the ledger or savedesk may answer with. */
const statusOf: Readonly<Record<string, number>> = {
  'invalid-input': 400,
  'approval-required': 403,
  'unknown-decision': 409,
  'already-decided': 409,
  'offer-not-made': 409,
  'out-of-stock': 409,
  'customer-cap': 409,
};

/** Fastify's own 4xx (body too large, not JSON, …) in the service's words. */
function frameworkError(error: FastifyError, limits: ServiceLimits): { status: number; error: string; message: string } {
  if (error.statusCode === 413) return { status: 413, error: 'body-too-large', message: messages.bodyTooLarge(limits.bodyBytes) };
  if (error.statusCode === 415) return { status: 415, error: 'unsupported-media-type', message: messages.notJsonType };
  if (error.statusCode === 408) return { status: 408, error: 'request-timeout', message: messages.timeout };
  if (error.code?.includes('JSON')) return { status: 400, error: 'invalid-json', message: messages.notJson };
  return { status: 400, error: 'bad-request', message: messages.badRequest };
}

/**
 * Every error becomes an answer with a stable `error` code and a message
 * written for the caller; an unexpected one is logged in full and answered
 * with a 500 that says nothing about the server (no path, no stack).
 */
function answerErrors(app: FastifyInstance, limits: ServiceLimits): void {
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not-found', message: messages.notFound }));
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ServiceRefusal) {
      return reply.code(error.status).send(errorBody(error.code, error.message, error.issues, limits));
    }
    if (error instanceof SavedeskError && error.code === 'ledger-unavailable') {
      // The cause (a driver's message) may name a host or a folder: logged, not answered.
      request.log.error(error);
      return reply.code(503).send({ error: error.code, message: messages.ledgerUnavailable });
    }
    if (error instanceof SavedeskError && statusOf[error.code] !== undefined) {
      const [summary = error.code] = error.message.split('\n');
      return reply.code(statusOf[error.code]!).send(errorBody(error.code, summary, error.issues, limits));
    }
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      const answer = frameworkError(error as FastifyError, limits);
      return reply.code(answer.status).send({ error: answer.error, message: answer.message });
    }
    request.log.error(error);
    return reply.code(500).send({ error: 'internal', message: messages.internal });
  });
}

/** True when the ledger answers a query (an empty time window: nothing read, only the store reached). */
async function ledgerAnswers(ledger: Ledger, clientId: string, at: string): Promise<boolean> {
  try {
    for await (const _ of ledger.outcomes({ clientId, since: at, until: at })) break;
    return true;
  } catch {
    return false;
  }
}

/**
 * The call-center service: an agent's screen at `/`, decisions on the
 * ledger's history, accepts and declines the ledger enforces. Every client and
 * the keys are loaded and checked, and the ledger opened, before the server
 * takes a request; `app.close()` waits for requests in flight, then closes the
 * ledger.
 */
export async function buildServer(options: CallCenterOptions): Promise<FastifyInstance> {
  const limits: ServiceLimits = { ...defaultLimits, ...options.limits };
  const now = options.now ?? (() => new Date());
  const clients = await loadClients(options.rulesDir);
  const keys = options.keys !== undefined ? keyRing(options.keys, clients) : await readKeys(options.keysFile ?? 'keys.json', clients);
  if (options.ledger === undefined && options.ledgerUrl === undefined) throw new TypeError('buildServer needs a ledgerUrl or a ledger');
  const ledger = options.ledger ?? (await openLedger(options.ledgerUrl!));

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.bodyBytes,
    requestTimeout: limits.requestMs,
    connectionTimeout: limits.idleMs,
    keepAliveTimeout: limits.keepAliveMs,
    http: { headersTimeout: limits.headersMs, connectionsCheckingInterval: limits.checkEveryMs },
    // A request id is a savedesk name: up to 200 characters.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.server.maxConnections = limits.connections;
  if (options.ledger === undefined) app.addHook('onClose', () => ledger.close());
  try {
    // JSON only: a text body is answered 415, not read.
    app.removeContentTypeParser('text/plain');
    answerErrors(app, limits);
    await screenRoutes(app, clients, keys, now);
    decisionRoutes(app, { clients, keys, ledger, now, limits });
    const anyClient = clients.keys().next().value ?? '';
    app.get('/health', async (_request, reply) =>
      (await ledgerAnswers(ledger, anyClient, now().toISOString()))
        ? { ok: true }
        : reply.code(503).send({ ok: false, error: 'ledger-unavailable' }),
    );
    await app.ready();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}
