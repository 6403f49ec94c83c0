import { execFile } from 'node:child_process';
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index';
import { freshLedgerFolder, removeLedgerFolders } from '../ledger/pgliteFolder';
import { AcceptanceModelSchema, type Outcome } from '../../src/index';
import { loadClient } from '../../src/node/loadClient';
import { editJson, tempAcme } from '../fixtures/tempClient';
import { accepted, declined, outcome } from '../support/outcomes';
import { runCli } from './runCli';

/** 100 too-firm calls: the topper shown first and mostly declined, 10% back shown first and mostly taken. */
function history(): Outcome[] {
  return Array.from({ length: 100 }, (_, i) => {
    const topperFirst = i % 2 === 0;
    const offers = topperFirst ? ['soft-topper', 'keep-10'] : ['keep-10', 'soft-topper'];
    const taken = topperFirst ? i % 10 === 0 : i % 10 !== 1;
    return outcome(offers, taken ? accepted(offers[0]!) : declined, { requestId: `r-${i}`, reason: 'too-firm', at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z` });
  });
}

async function outcomesFile(dir: string, lines: string[]): Promise<string> {
  const file = join(dir, '..', 'outcomes.ndjson');
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

describe('savedesk learn', () => {
  afterAll(removeLedgerFolders);

  it('leaves acceptance.json whole, or as it was, when its output pipe closes early (savedesk learn … | head -1)', async () => {
    const dir = await tempAcme();
    const file = await outcomesFile(dir, history().map((o) => JSON.stringify(o)));
    const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
    // head exits after the first line; the CLI's next write finds the pipe closed and the process ends.
    await promisify(execFile)('bash', ['-c', `node "${cli}" learn "${dir}" --outcomes "${file}" | head -1`]);
    // The command still finishes its work: the model is written whole, and the folder loads with it.
    expect(AcceptanceModelSchema.parse(JSON.parse(await readFile(join(dir, 'acceptance.json'), 'utf8'))).outcomes).toBe(100);
    await expect(loadClient(dir)).resolves.toBeDefined();
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes acceptance.json, prints what moved, and the folder then ranks by it (its cases show the change)', async () => {
    const dir = await tempAcme();
    const file = await outcomesFile(dir, history().map((o) => JSON.stringify(o)));
    const { code, stdout, stderr } = await runCli(['learn', dir, '--outcomes', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^learned from 100 outcome\(s\), as of 2026-03-28T10:00:00Z; model version [0-9a-f]{8}$/);
    expect(lines[1]).toMatch(/^offer × reason\s+before\s+learned\s+n$/);
    // The largest move first.
    expect(lines[2]).toMatch(/^keep-10 × too-firm\s+40\.0% prior\s+→\s+76\.3% +50\s+▲$/);
    expect(lines[3]).toMatch(/^soft-topper × too-firm\s+60\.0% prior\s+→\s+\d+\.\d% +50\s+▼$/);
    expect(lines.at(-1)).toBe(`wrote ${join(dir, 'acceptance.json')}`);

    const written = JSON.parse(await readFile(join(dir, 'acceptance.json'), 'utf8'));
    expect(written.$schema).toBe('../../../schemas/acceptance.schema.json');
    expect(AcceptanceModelSchema.parse(written).clientId).toBe('acme');

    const { desk } = await loadClient(dir);
    const decision = await desk.decide(JSON.parse(await readFile(join(dir, 'cases', 'too-firm.json'), 'utf8')).request);
    expect(decision.offers.map((o) => [o.offerId, o.acceptance.source])).toEqual([['keep-10', 'learned'], ['soft-topper', 'learned']]);
    // The case written for the priors no longer holds: learning is reviewed like a rule change.
    const test = await runCli(['test', dir]);
    expect(test.code).toBe(1);
    expect(test.stdout).toContain('expect.offers: expected soft-topper, keep-10, got keep-10, soft-topper');
  });

  it('reports a bad line with its number and learns from the rest; --dry-run writes nothing', async () => {
    const dir = await tempAcme();
    const lines = history().map((o) => JSON.stringify(o));
    lines.splice(2, 0, '{"requestId": ', JSON.stringify({ ...history()[0], result: { status: 'lost' } }));
    const file = await outcomesFile(dir, lines);
    const { code, stdout, stderr } = await runCli(['learn', dir, '--outcomes', file, '--dry-run']);
    expect(code).toBe(0);
    expect(stderr.split('\n')).toEqual([expect.stringMatching(/outcomes\.ndjson:3: not valid JSON at 1:15/), expect.stringMatching(/outcomes\.ndjson:4: result/)]);
    expect(stdout).toMatch(/^learned from 100 outcome/);
    await expect(access(join(dir, 'acceptance.json'))).rejects.toThrow();
  });

  it('learns again over a stale acceptance.json, which loadClient refuses with its file and path', async () => {
    const dir = await tempAcme();
    const file = await outcomesFile(dir, history().map((o) => JSON.stringify(o)));
    await runCli(['learn', dir, '--outcomes', file]);
    await editJson<{ catalog: Array<{ id: string }> }>(join(dir, 'client.json'), (client) => {
      client.catalog = client.catalog.map((offer) => (offer.id === 'keep-10' ? { ...offer, id: 'keep-15' } : offer));
    });
    await editJson<{ rules: unknown }>(join(dir, 'rules', 'comfort.json'), (rules) => JSON.parse(JSON.stringify(rules).replaceAll('keep-10', 'keep-15')));
    const refused = await runCli(['decide', dir, join(dir, 'cases', 'too-firm.json')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${join(dir, 'acceptance.json')}: offers[0].offerId: no offer "keep-10" in the catalog; learn again after changing the catalog`);
    const again = await runCli(['learn', dir, '--outcomes', file]);
    expect(again.code).toBe(0);
    expect((await runCli(['lint', dir])).code).toBe(0);
  });

  it('learns from a ledger: the decisions recorded there and what became of them', async () => {
    const dir = await tempAcme();
    const { desk } = await loadClient(dir);
    const folder = await freshLedgerFolder();
    const ledger = await openLedger(`pglite:${folder}`);
    const base = JSON.parse(await readFile(join(dir, 'cases', 'too-firm.json'), 'utf8')).request;
    for (let i = 0; i < 20; i++) {
      const request = { ...base, id: `r-${i}`, customer: { ...base.customer, id: `c-${i}` } };
      const decision = await desk.decide(request);
      await ledger.record(decision, request, { desk });
      const at = '2026-03-01T10:05:00Z';
      // The topper, shown first, is taken by 5 customers in 20.
      if (i % 4 === 0) await ledger.accept({ desk, requestId: request.id, offerId: decision.offers[0]!.offerId, at });
      else await ledger.decline({ clientId: 'acme', requestId: request.id, at });
    }
    await ledger.close();
    const { code, stdout, stderr } = await runCli(['learn', dir, '--ledger', `pglite:${folder}`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^learned from 20 outcome\(s\)/);
    // (0.6 × 20 + 5) / (20 + 20) at the offer level, then × reason shrunk toward it: 17/40 → (0.425 × 20 + 5) / 40.
    expect(stdout).toMatch(/soft-topper × too-firm\s+60\.0% prior\s+→\s+33\.8%\s+20\s+▼/);
  });

  it('needs exactly one of --outcomes and --ledger', async () => {
    const dir = await tempAcme();
    const { code, stderr } = await runCli(['learn', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('give exactly one of --outcomes <file> or --ledger <url>');
  });

  it('refuses an option that is not a number, naming it', async () => {
    const dir = await tempAcme();
    const file = await outcomesFile(dir, []);
    const { code, stderr } = await runCli(['learn', dir, '--outcomes', file, '--half-life-days', 'soon']);
    expect(code).toBe(2);
    expect(stderr).toContain('options.halfLifeDays');
  });
});
