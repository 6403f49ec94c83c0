import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../examples/call-center/server';

const repo = join(import.meta.dirname, '..', '..');
const rulesDir = join(repo, 'rules');
const tooFirm = JSON.parse(readFileSync(join(repo, 'examples', 'requests', 'nordhem-too-firm.json'), 'utf8'));
const recordedAt = '2026-11-23T14:09:30.000Z';

/** The call-center service on a loopback port the OS picks, with a fixed clock. */
async function startService(outcomesFile: string): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer({ rulesDir, outcomesFile, now: () => new Date(recordedAt) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

async function post(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe('examples/call-center over HTTP', () => {
  let dir: string;
  let service: { app: FastifyInstance; url: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'savedesk-call-center-'));
    service = await startService(join(dir, 'outcomes.ndjson'));
  });
  afterAll(async () => {
    await service.app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists every client folder under rules/', async () => {
    const response = await fetch(`${service.url}/clients`);
    const clients: { id: string; name: string }[] = await response.json();
    const folders = readdirSync(rulesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(response.status).toBe(200);
    expect(clients.map((client) => client.id).sort()).toEqual(folders.sort());
    expect(clients).toContainEqual({ id: 'nordhem', name: 'Nordhem Sofas' });
  });

  it('decides for a bundled request', async () => {
    const { status, body } = await post(`${service.url}/clients/nordhem/decisions`, tooFirm);
    expect(status).toBe(200);
    expect(body).toMatchObject({ requestId: 'ret-10421', clientId: 'nordhem', currency: 'USD', returnValue: '1799.00' });
    expect(body.offers.map((offer: { offerId: string }) => offer.offerId)).toEqual(['soft-cushions', 'keep-10']);
    expect(body.offers[0]).toMatchObject({ cost: '45.00', customerValue: '180.00', approval: null });
  });

  it('answers 400 with every issue for a bad request', async () => {
    const { status, body } = await post(`${service.url}/clients/nordhem/decisions`, {
      ...tooFirm,
      channel: 'fax',
      lines: [{ sku: 'SOFA-OSLO-3', quantity: 0 }],
    });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid-input');
    expect(body.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['channel', 'lines[0].quantity']));
  });

  it('answers 404 for a client it does not serve', async () => {
    const { status, body } = await post(`${service.url}/clients/nobody/decisions`, tooFirm);
    expect(status).toBe(404);
    expect(body.error).toBe('unknown-client');
  });

  it('refuses an outcome that is neither accepted nor declined, and records nothing', async () => {
    const { status, body } = await post(`${service.url}/decisions/ret-10421/outcome`, { accepted: 'soft-cushions', declined: true });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'invalid-outcome', issues: [{ code: 'invalid', path: '', message: expect.stringContaining('"declined"') }] });
    await expect(readFile(join(dir, 'outcomes.ndjson'), 'utf8')).rejects.toThrow();
  });
});

describe('examples/call-center outcome log', () => {
  it('appends one line per outcome and keeps them across a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'savedesk-outcomes-'));
    const outcomesFile = join(dir, 'outcomes.ndjson');
    try {
      const first = await startService(outcomesFile);
      const accepted = await post(`${first.url}/decisions/ret-10421/outcome`, { accepted: 'soft-cushions' });
      await first.app.close();

      const second = await startService(outcomesFile);
      const declined = await post(`${second.url}/decisions/ret-10422/outcome`, { declined: true });
      await second.app.close();

      expect([accepted.status, declined.status]).toEqual([201, 201]);
      const lines = (await readFile(outcomesFile, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(lines).toEqual([
        { requestId: 'ret-10421', recordedAt, accepted: 'soft-cushions' },
        { requestId: 'ret-10422', recordedAt, declined: true },
      ]);
      expect(accepted.body).toEqual(lines[0]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
