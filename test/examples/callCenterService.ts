import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildServer, type CallCenterOptions } from '../../examples/call-center/server';

const repo = join(import.meta.dirname, '..', '..');
const sampleKeys: { key: string; agentId: string }[] = JSON.parse(readFileSync(join(repo, 'examples', 'call-center', 'keys.sample.json'), 'utf8'));
const keyOf = (agentId: string) => sampleKeys.find((entry) => entry.agentId === agentId)!.key;

/** The sample keys, by who holds them (examples/call-center/keys.sample.json). */
export const keys = {
  ana: keyOf('ana'),
  ben: keyOf('ben'),
  sara: keyOf('sara'),
  olu: keyOf('olu'),
  lena: keyOf('lena'),
  threadlinePortal: keyOf('threadline-portal'),
};

/** The service's clock in these tests: a minute after the bundled too-firm request was received. */
export const serviceNow = new Date('2026-11-23T14:06:00Z');

/** The call-center service on a loopback port the OS picks. */
export interface CallCenterService {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the service over the bundled rules and sample keys, on an in-memory ledger and a fixed clock unless told otherwise. */
export async function startService(options: Partial<CallCenterOptions> = {}): Promise<CallCenterService> {
  const app = await buildServer({
    rulesDir: join(repo, 'rules'),
    keysFile: join(repo, 'examples', 'call-center', 'keys.sample.json'),
    now: () => serviceNow,
    ...(options.ledger === undefined ? { ledgerUrl: 'memory:' } : {}),
    ...options,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, port, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** One service for the enclosing `describe`: started before its first test, closed after its last. */
export function serviceDuringSuite(options: Partial<CallCenterOptions> = {}): CallCenterService {
  let service: CallCenterService | undefined;
  beforeAll(async () => {
    service = await startService(options);
  });
  afterAll(() => service?.close());
  const started = (): CallCenterService => {
    if (service === undefined) throw new Error('the service starts in beforeAll');
    return service;
  };
  return {
    get app() {
      return started().app;
    },
    get url() {
      return started().url;
    },
    get port() {
      return started().port;
    },
    close: () => started().close(),
  };
}

const tooFirm = JSON.parse(readFileSync(join(repo, 'examples', 'requests', 'nordhem-too-firm.json'), 'utf8'));
let calls = 0;

/**
 * The bundled too-firm sofa call as an agent's screen sends it: no agent (the
 * key says who), no receivedAt (the service's clock), a fresh id — with `overrides` on top.
 */
export function tooFirmCall(overrides: Record<string, unknown> = {}): Record<string, any> {
  const { agent: _agent, receivedAt: _receivedAt, ...call } = tooFirm;
  calls += 1;
  return { ...call, id: `call-${calls}`, ...overrides };
}

/** An answer: status, parsed body, raw text and its size. */
export interface Answer {
  readonly status: number;
  readonly body: any;
  readonly text: string;
  readonly bytes: number;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, bytes: Buffer.byteLength(text) };
}

const authorization = (key: string | undefined): Record<string, string> => (key === undefined ? {} : { authorization: `Bearer ${key}` });

/** POSTs JSON (or nothing, for `undefined`) with a bearer key. */
export function post(service: CallCenterService, path: string, body: unknown, key: string | undefined): Promise<Answer> {
  return postText(service, path, body === undefined ? undefined : JSON.stringify(body), key);
}

/** POSTs JSON text as it is (or nothing, for `undefined`) with a bearer key. */
export async function postText(service: CallCenterService, path: string, text: string | undefined, key: string | undefined): Promise<Answer> {
  const headers = { ...authorization(key), ...(text === undefined ? {} : { 'content-type': 'application/json' }) };
  return answer(await fetch(`${service.url}${path}`, { method: 'POST', headers, body: text }));
}

/** GETs with a bearer key. */
export async function get(service: CallCenterService, path: string, key: string | undefined): Promise<Answer> {
  return answer(await fetch(`${service.url}${path}`, { headers: authorization(key) }));
}
