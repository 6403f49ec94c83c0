import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from 'savedesk/ledger';
import { type CallCenterService, get, keys, post, postText, serviceDuringSuite, startService, tooFirmCall } from './callCenterService';

const repo = join(import.meta.dirname, '..', '..');

describe('call-center: who may call', () => {
  const service = serviceDuringSuite();

  it('answers 401 without a key, or with a key nobody was given', async () => {
    const none = await post(service, '/clients/nordhem/decisions', tooFirmCall(), undefined);
    const unknown = await post(service, '/clients/nordhem/decisions', tooFirmCall(), 'not-a-key-anyone-has');
    expect([none.status, none.body.error]).toEqual([401, 'no-key']);
    expect([unknown.status, unknown.body.error]).toEqual([401, 'unknown-key']);
    // The key is checked before the body is read: a large body without one is not even parsed.
    const large = await post(service, '/clients/nordhem/decisions', tooFirmCall({ reason: { code: 'too-firm', note: 'x'.repeat(200_000) } }), undefined);
    expect([large.status, large.body.error]).toEqual([401, 'no-key']);
  });

  it('answers 403 for a client the key does not serve, loaded or not', async () => {
    const notServed = await post(service, '/clients/nordhem/decisions', tooFirmCall(), keys.lena);
    const notLoaded = await post(service, '/clients/nobody/decisions', tooFirmCall(), keys.lena);
    expect([notServed.status, notServed.body.error]).toEqual([403, 'client-not-served']);
    expect([notLoaded.status, notLoaded.body.error]).toEqual([403, 'client-not-served']);
  });

  it('answers 403 to a body that claims another level or agent than the key', async () => {
    const supervisor = await post(service, '/clients/nordhem/decisions', tooFirmCall({ agent: { level: 'supervisor' } }), keys.ana);
    const lower = await post(service, '/clients/nordhem/decisions', tooFirmCall({ agent: { level: 'portal' } }), keys.ana);
    const someoneElse = await post(service, '/clients/nordhem/decisions', tooFirmCall({ agent: { id: 'olu', level: 'agent' } }), keys.ana);
    expect([supervisor.status, supervisor.body.error]).toEqual([403, 'level-not-granted']);
    expect([lower.status, lower.body.error]).toEqual([403, 'level-not-granted']);
    expect([someoneElse.status, someoneElse.body.error]).toEqual([403, 'agent-not-key']);
  });

  it('gives the limits of the key, never of the body: an agent needs a senior for 10% back, a supervisor does not', async () => {
    const asAgent = await post(service, '/clients/nordhem/decisions', tooFirmCall({ agent: { level: 'agent' } }), keys.ana);
    const asSupervisor = await post(service, '/clients/nordhem/decisions', tooFirmCall(), keys.olu);
    const approval = (answer: typeof asAgent) =>
      Object.fromEntries(answer.body.decision.offers.map((offer: { offerId: string; approval: unknown }) => [offer.offerId, offer.approval]));
    expect(asAgent.status).toBe(201);
    expect(approval(asAgent)).toMatchObject({ 'soft-cushions': null, 'keep-10': { level: 'senior' } });
    expect(approval(asSupervisor)['keep-10']).toBeNull();
  });

  it('lets a portal key decide on the portal channel only, at the portal level', async () => {
    const onPortal = await post(service, '/clients/threadline/decisions', threadlinePortalCall(), keys.threadlinePortal);
    const onChat = await post(service, '/clients/threadline/decisions', { ...threadlinePortalCall(), channel: 'chat' }, keys.threadlinePortal);
    const agentOnPortal = await post(service, '/clients/threadline/decisions', threadlinePortalCall(), keys.ana);
    expect(onPortal.status).toBe(201);
    expect(onPortal.body.view.requestId).toBe(onPortal.body.requestId);
    expect(onPortal.body.decision).toBeUndefined();
    expect([onChat.status, onChat.body.error]).toEqual([403, 'portal-channel-only']);
    expect([agentOnPortal.status, agentOnPortal.body.error]).toEqual([403, 'portal-key-only']);
  });

  it('lists only the clients a key serves, with reasons and today-dated samples', async () => {
    const lena = await get(service, '/clients', keys.lena);
    const nordhem = await get(service, '/clients/nordhem', keys.ana);
    expect(lena.body).toEqual([{ id: 'threadline', name: 'Threadline' }]);
    expect(nordhem.body.reasons).toContainEqual({ code: 'too-firm', label: 'Cushions feel too firm' });
    expect(nordhem.body.caller).toEqual({ agentId: 'ana', level: 'agent', portal: false });
    // The Maja sample was written on 2026-11-23 with a delivery on 2026-11-02; the service's clock says 2026-11-23.
    expect(nordhem.body.samples[0].order.deliveredAt).toBe('2026-11-02');
  });
});

function threadlinePortalCall(): Record<string, unknown> {
  const sample = JSON.parse(readFileSync(join(repo, 'examples', 'requests', 'threadline-portal-too-small.json'), 'utf8'));
  const { receivedAt: _receivedAt, ...call } = sample;
  return { ...call, id: `tl-${Math.random().toString(36).slice(2)}` };
}

describe('call-center: the service keeps the clock', () => {
  const service = serviceDuringSuite();

  it('refuses a receivedAt more than five minutes from its clock, and sets one when left out', async () => {
    const early = await post(service, '/clients/nordhem/decisions', tooFirmCall({ receivedAt: '2026-11-23T13:59:59Z' }), keys.ana);
    const late = await post(service, '/clients/nordhem/decisions', tooFirmCall({ receivedAt: '2026-11-23T14:12:01Z' }), keys.ana);
    const near = await post(service, '/clients/nordhem/decisions', tooFirmCall({ receivedAt: '2026-11-23T14:05:00Z' }), keys.ana);
    const unset = await post(service, '/clients/nordhem/decisions', tooFirmCall(), keys.ana);
    expect(early.status).toBe(400);
    expect(early.body.issues).toEqual([{ code: 'invalid', path: 'receivedAt', message: expect.stringContaining('within 5 minutes') }]);
    expect(late.status).toBe(400);
    expect([near.status, unset.status]).toEqual([201, 201]);
  });
});

describe('call-center: accept enforces what decide only read', () => {
  const service = serviceDuringSuite();

  const decide = async (id: string, customerId = 'c-cap', key = keys.ana) => {
    const answer = await post(service, '/clients/nordhem/decisions', tooFirmCall({ id, customer: { id: customerId, name: 'Cap Tester' } }), key);
    expect(answer.status).toBe(201);
    return answer.body.decision;
  };
  const accept = (id: string, body: Record<string, unknown>, key = keys.ana, client = 'nordhem') =>
    post(service, `/clients/${client}/decisions/${id}/accept`, body, key);

  it('a body that leaves concessions out cannot take a customer past the cap (3 a year at nordhem)', async () => {
    // Four agents' calls decided before any accept: each saw the customer with no concession.
    for (const id of ['cap-1', 'cap-2', 'cap-3', 'cap-4']) expect((await decide(id)).offers[0].offerId).toBe('soft-cushions');
    const accepted = [];
    for (const id of ['cap-1', 'cap-2', 'cap-3', 'cap-4']) accepted.push(await accept(id, { offerId: 'soft-cushions' }));
    expect(accepted.map((answer) => answer.status)).toEqual([201, 201, 201, 409]);
    expect(accepted[3]!.body.error).toBe('customer-cap');
    // A fifth call, its body again without concessions, is offered nothing: the ledger filled them in.
    const fifth = await decide('cap-5');
    expect(fifth.offers).toEqual([]);
    expect(fifth.withheld).toContainEqual(expect.objectContaining({ offerId: 'soft-cushions', why: 'customer-cap' }));
  });

  it('answers every refusal with its code', async () => {
    await decide('ref-1', 'c-ref');
    await decide('ref-2', 'c-ref-2');
    const refusals = {
      unknownRequest: await accept('never-decided', { offerId: 'soft-cushions' }),
      longUnknownRequest: await accept(`r-${'9'.repeat(190)}`, { offerId: 'soft-cushions' }),
      neverMade: await accept('ref-1', { offerId: 'firm-cushions' }),
      inNoCatalog: await accept('ref-1', { offerId: 'a-yacht' }),
      fromAnotherCatalog: await accept('ref-1', { offerId: 'bonus-spiralizer' }),
      otherClient: await accept('ref-1', { offerId: 'soft-cushions' }, keys.ana, 'telebuy'),
      noApprover: await accept('ref-1', { offerId: 'keep-10' }),
      agentApprover: await accept('ref-1', { offerId: 'keep-10', approverKey: keys.ben }),
    };
    expect(Object.fromEntries(Object.entries(refusals).map(([name, answer]) => [name, [answer.status, answer.body.error]]))).toEqual({
      unknownRequest: [409, 'unknown-decision'],
      longUnknownRequest: [409, 'unknown-decision'],
      neverMade: [409, 'offer-not-made'],
      inNoCatalog: [409, 'offer-not-made'],
      fromAnotherCatalog: [409, 'offer-not-made'],
      otherClient: [409, 'unknown-decision'],
      noApprover: [403, 'approval-required'],
      agentApprover: [403, 'approval-required'],
    });

    const approved = await accept('ref-1', { offerId: 'keep-10', approverKey: keys.sara });
    expect(approved.status).toBe(201);
    expect(approved.body.concession).toMatchObject({ offerId: 'keep-10', approvedBy: { id: 'sara', level: 'senior' } });
    const another = await accept('ref-1', { offerId: 'soft-cushions' });
    expect([another.status, another.body.error]).toEqual([409, 'already-decided']);

    const declined = await post(service, '/clients/nordhem/decisions/ref-2/decline', undefined, keys.ben);
    const declinedAgain = await post(service, '/clients/nordhem/decisions/ref-2/decline', undefined, keys.ben);
    const acceptedAfter = await accept('ref-2', { offerId: 'soft-cushions' });
    expect([declined.status, declinedAgain.status]).toEqual([201, 201]);
    expect([acceptedAfter.status, acceptedAfter.body.error]).toEqual([409, 'already-decided']);
  });

  it('refuses an offer withheld for the cap, and records a repeated accept once', async () => {
    const decision = await decide('cap-withheld');
    expect(decision.withheld).toContainEqual(expect.objectContaining({ offerId: 'soft-cushions', why: 'customer-cap' }));
    const withheld = await accept('cap-withheld', { offerId: 'soft-cushions' });
    expect([withheld.status, withheld.body.error]).toEqual([409, 'offer-not-made']);

    await decide('twice', 'c-twice');
    const first = await accept('twice', { offerId: 'soft-cushions' });
    const second = await accept('twice', { offerId: 'soft-cushions' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect([first.body.repeated, second.body.repeated]).toEqual([false, true]);
    expect(second.body.concession).toEqual(first.body.concession);
    // Counted once: two more concessions fit under the cap of three.
    for (const id of ['twice-2', 'twice-3']) {
      await decide(id, 'c-twice');
      expect((await accept(id, { offerId: 'soft-cushions' })).status).toBe(201);
    }
  });

  it('refuses an approver key that does not serve the client', async () => {
    await decide('approver-elsewhere', 'c-approver');
    const answer = await accept('approver-elsewhere', { offerId: 'keep-10', approverKey: keys.lena });
    expect([answer.status, answer.body.error]).toEqual([403, 'approver-not-for-client']);
  });

  it('answers 400 for an accept body it cannot read', async () => {
    const answer = await accept('ref-1', { offer: 'soft-cushions' });
    expect(answer.status).toBe(400);
    expect(answer.body.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['offerId']));
  });
});

describe('call-center: out of stock', () => {
  let rulesDir: string;
  let service: CallCenterService;
  beforeAll(async () => {
    rulesDir = await mkdtemp(join(tmpdir(), 'savedesk-stock-'));
    for (const client of ['nordhem', 'telebuy', 'threadline']) await cp(join(repo, 'rules', client), join(rulesDir, client), { recursive: true });
    const file = join(rulesDir, 'nordhem', 'client.json');
    const config = JSON.parse(await readFile(file, 'utf8'));
    config.catalog.find((offer: { id: string }) => offer.id === 'soft-cushions').stock = 1;
    await writeFile(file, JSON.stringify(config));
    service = await startService({ rulesDir });
  });
  afterAll(async () => {
    await service.close();
    await rm(rulesDir, { recursive: true, force: true });
  });

  it('answers 409 out-of-stock when the last one went to another customer', async () => {
    for (const [id, customerId] of [['stock-1', 'c-s1'], ['stock-2', 'c-s2']]) {
      expect((await post(service, '/clients/nordhem/decisions', tooFirmCall({ id, customer: { id: customerId } }), keys.ana)).status).toBe(201);
    }
    const first = await post(service, '/clients/nordhem/decisions/stock-1/accept', { offerId: 'soft-cushions' }, keys.ana);
    const second = await post(service, '/clients/nordhem/decisions/stock-2/accept', { offerId: 'soft-cushions' }, keys.ben);
    expect(first.status).toBe(201);
    expect([second.status, second.body.error]).toEqual([409, 'out-of-stock']);
  });
});

describe('call-center: hardening', () => {
  const service = serviceDuringSuite({ limits: { requestMs: 600, headersMs: 400, checkEveryMs: 100, idleMs: 1_000 } });

  it('cuts off an oversized body with 413', async () => {
    const huge = tooFirmCall({ reason: { code: 'too-firm', note: 'x'.repeat(200_000) } });
    const answer = await post(service, '/clients/nordhem/decisions', huge, keys.ana);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: 'body-too-large', message: expect.stringContaining('65536 bytes') });
  });

  it('cuts off a body that trickles in, and a connection that sends nothing', async () => {
    const trickled = await trickle(service.port, 1_000);
    expect(trickled.closedByServer).toBe(true);
    expect(trickled.bytesSent).toBeLessThan(1_000);
    expect(trickled.answer).toMatch(/^HTTP\/1\.1 408|^$/);
    const silent = await trickle(service.port, 0);
    expect(silent.closedByServer).toBe(true);
  });

  it('closes a connection beyond the most it holds at once', async () => {
    // Timeouts far beyond the test's own: only the connection limit can close a socket here.
    const few = await startService({ limits: { connections: 2, headersMs: 120_000, requestMs: 120_000, idleMs: 120_000 } });
    const open = (port: number) =>
      new Promise<Socket>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
      });
    try {
      const held = [await open(few.port), await open(few.port)];
      const third = await open(few.port);
      await new Promise((resolve) => third.on('close', resolve));
      expect(held.map((socket) => socket.destroyed)).toEqual([false, false]);
      held.forEach((socket) => socket.destroy());
    } finally {
      await few.close();
    }
  });

  it('answers a request with 1,000 bad entries before validating them, with one issue', async () => {
    const thousand = tooFirmCall({ lines: Array.from({ length: 1_000 }, (_, index) => ({ sku: `NOT-IN-ORDER-${index}`, quantity: 0 })) });
    const answer = await post(service, '/clients/nordhem/decisions', thousand, keys.ana);
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([{ code: 'too-big', path: 'lines', message: expect.stringContaining('at most 200') }]);
    expect(answer.bytes).toBeLessThan(400);
  });

  it('answers many bad entries within the limits with the first 20 issues and a count of the rest', async () => {
    const badLines = (count: number) => tooFirmCall({ lines: Array.from({ length: count }, (_, index) => ({ sku: `NOT-IN-ORDER-${index}`, quantity: 1 })) });
    const forty = await post(service, '/clients/nordhem/decisions', badLines(40), keys.ana);
    const twoHundred = await post(service, '/clients/nordhem/decisions', badLines(200), keys.ana);
    expect(twoHundred.status).toBe(400);
    expect(twoHundred.body.issues).toHaveLength(20);
    expect(twoHundred.body.moreIssues).toBe(180);
    expect(forty.body.moreIssues).toBe(20);
    // The answer's size does not grow with the body's: five times the bad lines, the same few bytes more or less.
    expect(Math.abs(twoHundred.bytes - forty.bytes)).toBeLessThan(60);
    expect(twoHundred.bytes).toBeLessThan(3_000);
  });

  it('refuses a body with too many values, or nested too deep, with one issue', async () => {
    const wide = tooFirmCall({ customer: { id: 'c-wide', tags: Array.from({ length: 150 }, (_, index) => `t${index}`) }, order: { ...tooFirmCall().order, items: Array.from({ length: 190 }, (_, index) => ({ sku: `S${index}`, unitPrice: '1.00', quantity: 1, tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] })) } });
    // 5,000 levels deep: written as text, since JSON.stringify itself would overflow its stack.
    const deep = JSON.stringify(tooFirmCall({ reason: '<deep>' })).replace('"<deep>"', `${'['.repeat(5_000)}0${']'.repeat(5_000)}`);
    const answers = [await post(service, '/clients/nordhem/decisions', wide, keys.ana), await postText(service, '/clients/nordhem/decisions', deep, keys.ana)];
    expect(answers.map((answer) => [answer.status, answer.body.issues?.length])).toEqual([[400, 1], [400, 1]]);
    expect(answers[0]!.body.issues[0].message).toContain('more than 2000 JSON values');
    expect(answers[1]!.body.issues[0].message).toContain('nested deeper than 16');
  });

  it('answers bad JSON, a wrong content type and an unknown route in its own words', async () => {
    const badJson = await fetch(`${service.url}/clients/nordhem/decisions`, { method: 'POST', headers: { authorization: `Bearer ${keys.ana}`, 'content-type': 'application/json' }, body: '{"id": ' });
    const text = await fetch(`${service.url}/clients/nordhem/decisions`, { method: 'POST', headers: { authorization: `Bearer ${keys.ana}`, 'content-type': 'text/plain' }, body: 'hello' });
    const nowhere = await fetch(`${service.url}/etc/passwd`);
    expect([badJson.status, (await badJson.json()).error]).toEqual([400, 'invalid-json']);
    expect([text.status, (await text.json()).error]).toEqual([415, 'unsupported-media-type']);
    expect([nowhere.status, (await nowhere.json()).error]).toEqual([404, 'not-found']);
  });

  it('answers GET /health with 200 while the ledger answers', async () => {
    const health = await get(service, '/health', undefined);
    expect([health.status, health.body]).toEqual([200, { ok: true }]);
  });
});

describe('call-center: failures say nothing about the server', () => {
  it('answers an internal error with 500, no path, no stack', async () => {
    const service = await startService({ now: () => new Date(Number.NaN) });
    try {
      const answer = await post(service, '/clients/nordhem/decisions/any/decline', undefined, keys.ana);
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({ error: 'internal', message: expect.any(String) });
      expect(answer.text).not.toMatch(/\/work|\/tmp|node_modules|\.ts\b|at .*:\d+|RangeError/);
    } finally {
      await service.close();
    }
  });

  it('answers 503 when the ledger is unreachable, on /health and on a decision', async () => {
    const ledger = await openLedger('memory:');
    const service = await startService({ ledger });
    try {
      await ledger.close();
      const health = await get(service, '/health', undefined);
      const decision = await post(service, '/clients/nordhem/decisions', tooFirmCall(), keys.ana);
      expect([health.status, health.body.ok]).toEqual([503, false]);
      expect(decision.status).toBe(503);
      expect(decision.body).toEqual({ error: 'ledger-unavailable', message: expect.stringContaining('nothing was decided, recorded or accepted') });
      expect(decision.text).not.toMatch(/\/work|\/tmp|node_modules|at .*:\d+/);
    } finally {
      await service.close();
    }
  });

  it('refuses to start with a key whose level a client it serves does not have', async () => {
    const start = startService({ keys: [{ key: 'a-key-of-sixteen-chars', agentId: 'x', level: 'senior', clients: ['threadline'] }] });
    await expect(start).rejects.toMatchObject({ code: 'invalid-config', issues: [{ path: '[0].level', message: expect.stringContaining('"threadline"') }] });
  });
});

describe('call-center on PGlite', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'savedesk-call-center-pglite-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps accepts across a restart, and holds the cap against twenty agents at once', async () => {
    const ledgerUrl = `pglite:${join(dir, 'ledger')}`;
    const first = await startService({ ledgerUrl });
    const decided = await post(first, '/clients/nordhem/decisions', tooFirmCall({ id: 'restart-1', customer: { id: 'c-restart' } }), keys.ana);
    const accepted = await post(first, '/clients/nordhem/decisions/restart-1/accept', { offerId: 'soft-cushions' }, keys.ana);
    await first.close();

    const second = await startService({ ledgerUrl });
    try {
      // Twenty agents decide for one customer at once, then all accept at once: the cap of three holds.
      const ids = Array.from({ length: 20 }, (_, index) => `rush-${index}`);
      const rushDecided = await Promise.all(ids.map((id) => post(second, '/clients/nordhem/decisions', tooFirmCall({ id, customer: { id: 'c-rush' } }), keys.ana)));
      const rushed = await Promise.all(ids.map((id) => post(second, `/clients/nordhem/decisions/${id}/accept`, { offerId: 'soft-cushions' }, keys.ben)));
      expect(rushDecided.every((answer) => answer.status === 201)).toBe(true);
      expect(rushed.filter((answer) => answer.status === 201)).toHaveLength(3);
      expect(new Set(rushed.filter((answer) => answer.status !== 201).map((answer) => `${answer.status} ${answer.body.error}`))).toEqual(new Set(['409 customer-cap']));

      const again = await post(second, '/clients/nordhem/decisions/restart-1/accept', { offerId: 'soft-cushions' }, keys.ana);
      const other = await post(second, '/clients/nordhem/decisions/restart-1/accept', { offerId: 'keep-10', approverKey: keys.sara }, keys.ana);
      expect([decided.status, accepted.status]).toEqual([201, 201]);
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ concession: accepted.body.concession, repeated: true });
      expect([other.status, other.body.error]).toEqual([409, 'already-decided']);
    } finally {
      await second.close();
    }
  }, 60_000);
});

/**
 * Opens a raw connection, sends a decision's headers announcing `length`
 * bytes of body, then one byte every 50 ms: what a slow (or hostile) client
 * does. Resolves when the server closes the connection or, failing that,
 * when every byte was sent.
 */
function trickle(port: number, length: number): Promise<{ closedByServer: boolean; bytesSent: number; answer: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let bytesSent = 0;
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = (closedByServer: boolean) => {
      clearInterval(timer);
      socket.destroy();
      resolve({ closedByServer, bytesSent, answer });
    };
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      if (length === 0) return;
      socket.write(`POST /clients/nordhem/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${keys.ana}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`);
      timer = setInterval(() => {
        if (bytesSent >= length) return finish(false);
        socket.write(' ');
        bytesSent += 1;
      }, 50);
    });
  });
}
