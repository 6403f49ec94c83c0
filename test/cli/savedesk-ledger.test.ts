import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOutcomeSource } from '../../src/cli/outcomes/outcomeSource';
import { OutcomeSchema, type Outcome } from '../../src/index';
import { openLedger } from '../../src/ledger/index';
import { decideAndRecord, returnOf, testDesk } from '../ledger/fixtures';
import { freshLedgerFolder, removeLedgerFolders } from '../ledger/pgliteFolder';
import { runCli } from './runCli';

describe('savedesk ledger export', () => {
  let url: string;
  const desk = testDesk();
  beforeAll(async () => {
    url = `pglite:${await freshLedgerFolder()}`;
    const ledger = await openLedger(url);
    for (const [i, day] of ['01', '02', '03'].entries()) await decideAndRecord(ledger, desk, returnOf(`r-${i}`, `c-${i}`, `2026-11-${day}T10:00:00Z`));
    await decideAndRecord(ledger, testDesk(), returnOf('other-client', 'c-0'));
    await ledger.accept({ desk, requestId: 'r-0', offerId: 'thirty-off', at: '2026-11-01T10:05:00Z' });
    await ledger.decline({ clientId: desk.clientId, requestId: 'r-1', at: '2026-11-02T10:05:00Z' });
    await ledger.close();
  }, 120_000);
  afterAll(removeLedgerFolders);

  it("writes one client's outcomes as NDJSON, oldest first, within --since/--until", async () => {
    const all = await runCli(['ledger', 'export', url, '--client', desk.clientId]);
    expect(all.code).toBe(0);
    const outcomes = all.stdout.split('\n').map((line) => OutcomeSchema.parse(JSON.parse(line)));
    expect(outcomes.map((o) => [o.requestId, o.result.status])).toEqual([['r-0', 'accepted'], ['r-1', 'declined'], ['r-2', 'open']]);

    const some = await runCli(['ledger', 'export', url, '--client', desk.clientId, '--since', '2026-11-02T00:00:00Z', '--until', '2026-11-03T00:00:00Z']);
    expect(some.stdout.split('\n').map((line) => JSON.parse(line).requestId)).toEqual(['r-1']);
  });

  it('is what learn and report read: the same outcomes from the ledger or from the exported file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'savedesk-outcomes-'));
    const file = join(folder, 'outcomes.ndjson');
    await writeFile(file, `${(await runCli(['ledger', 'export', url, '--client', desk.clientId])).stdout}\nnot json\n`);
    const read = async (source: { outcomes?: string; ledger?: string }) => {
      const skipped: unknown[] = [];
      const opened = await openOutcomeSource({ ...source, clientId: desk.clientId, since: '2026-11-02T00:00:00Z' }, (issues) => skipped.push(issues));
      const outcomes: Outcome[] = [];
      for await (const outcome of opened.outcomes) outcomes.push(outcome);
      await opened.close();
      return { outcomes, skipped: skipped.length };
    };
    const fromFile = await read({ outcomes: file });
    const fromLedger = await read({ ledger: url });
    expect(fromFile.outcomes.map((o) => o.requestId)).toEqual(['r-1', 'r-2']);
    expect(fromLedger.outcomes).toEqual(fromFile.outcomes);
    expect(fromFile.skipped).toBe(1);
    await expect(openOutcomeSource({ clientId: desk.clientId }, () => {})).rejects.toThrow('give exactly one of --outcomes <file> or --ledger <url>');
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses an address it cannot open with exit 2 and one sentence, no stack', async () => {
    const { code, stderr } = await runCli(['ledger', 'export', 'mysql://x/y', '--client', desk.clientId]);
    expect(code).toBe(2);
    expect(stderr).toContain('is not a ledger address');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect((await runCli(['ledger', 'export', '--help'])).stdout).toContain('Usage: savedesk ledger export');
  });
});
