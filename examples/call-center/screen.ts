import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { callerOf, clientAccess } from './access';
import type { ServedClient } from './clients';
import type { KeyRing } from './keys';

const screenDir = join(import.meta.dirname, 'screen');
const samplesDir = join(import.meta.dirname, 'samples');

/** The agent's screen's files: read once at start, served from memory, nothing else on disk is reachable. */
const assets = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/agent.js': { file: 'agent.js', type: 'text/javascript; charset=utf-8' },
  '/agent.css': { file: 'agent.css', type: 'text/css; charset=utf-8' },
} as const;

/** The page loads only its own script and style, and talks only to this service. */
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/** A sample customer with an order, for an agent trying the screen (`samples/<client>.json`). */
interface Sample {
  readonly label: string;
  /** The day the sample's dates were written for; they are moved to today when served. */
  readonly asOf: string;
  readonly channel: string;
  readonly customer: { since?: string; concessions?: { at: string }[] } & Record<string, unknown>;
  readonly order: { placedAt: string; deliveredAt?: string } & Record<string, unknown>;
  readonly lines: unknown;
  readonly reason: unknown;
}

async function readSamples(clientId: string): Promise<Sample[]> {
  try {
    return JSON.parse(await readFile(join(samplesDir, `${clientId}.json`), 'utf8')) as Sample[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const DAY_MS = 86_400_000;

/** A date or date-time moved by whole days, in the form it was written. */
function shiftDate(text: string, days: number): string {
  const moved = new Date(Date.parse(text) + days * DAY_MS).toISOString();
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? moved.slice(0, 10) : moved;
}

/**
 * A sample as of today: its order placed and delivered, its customer's
 * tenure and past concessions, as long before `now` as before the day it was
 * written — so a sample's rules (return windows, cap windows) fire the same
 * whatever day the screen is opened.
 */
function sampleAsOf({ asOf, ...sample }: Sample, now: Date): Omit<Sample, 'asOf'> {
  const days = Math.floor((now.getTime() - Date.parse(asOf)) / DAY_MS);
  const { since, concessions } = sample.customer;
  const { placedAt, deliveredAt } = sample.order;
  return {
    ...sample,
    customer: {
      ...sample.customer,
      ...(since === undefined ? {} : { since: shiftDate(since, days) }),
      ...(concessions === undefined ? {} : { concessions: concessions.map((concession) => ({ ...concession, at: shiftDate(concession.at, days) })) }),
    },
    order: { ...sample.order, placedAt: shiftDate(placedAt, days), ...(deliveredAt === undefined ? {} : { deliveredAt: shiftDate(deliveredAt, days) }) },
  };
}

/**
 * The agent's screen at `/`, and what it reads: the clients the key serves
 * (`GET /clients`) and one client's reasons, levels and sample customers
 * (`GET /clients/:clientId`).
 */
export async function screenRoutes(app: FastifyInstance, clients: ReadonlyMap<string, ServedClient>, keys: KeyRing, now: () => Date): Promise<void> {
  for (const [route, { file, type }] of Object.entries(assets)) {
    const content = await readFile(join(screenDir, file));
    app.get(route, (_request, reply) => reply.type(type).header('content-security-policy', contentSecurityPolicy).header('x-content-type-options', 'nosniff').send(content));
  }

  const samples = new Map(await Promise.all([...clients.keys()].map(async (id) => [id, await readSamples(id)] as const)));

  app.get('/clients', async (request) => {
    const caller = callerOf(request, keys);
    return [...clients.values()].filter((client) => caller.clients.has(client.id)).map(({ id, name }) => ({ id, name }));
  });

  app.get<{ Params: { clientId: string } }>('/clients/:clientId', async (request) => {
    const { caller, client } = clientAccess(request, keys, clients);
    const { id, name, currency, levels, reasons } = client;
    return { id, name, currency, levels, reasons, samples: (samples.get(id) ?? []).map((sample) => sampleAsOf(sample, now())), caller: { agentId: caller.agentId, level: caller.level, portal: caller.portal } };
  });
}
