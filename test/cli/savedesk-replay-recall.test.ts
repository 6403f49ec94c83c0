import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClient } from '../../src/node/loadClient';
import { seededRandom } from '../../scripts/generate/random';
import { requestGenerator } from '../../scripts/generate/requests';
import { tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

describe('savedesk replay with a watch list', () => {
  it('counts the decisions flagged recall-candidate', async () => {
    const client = await tempAcme();
    const nextRequest = requestGenerator((await loadClient(client)).config, seededRandom(11));
    const requests = Array.from({ length: 80 }, (_, n) => nextRequest(n));
    // Watch the SKU and reason of every third request: those returns, and any other of the same pair, are flagged.
    const pairs = new Map(requests.filter((_, n) => n % 3 === 0).map((request) => [`${request.lines[0]!.sku} ${request.reason.code}`, { sku: request.lines[0]!.sku, reason: request.reason.code }]));
    await writeFile(join(client, 'watch.json'), JSON.stringify({ entries: [...pairs.values()] }));
    const { desk } = await loadClient(client);
    const file = join(client, 'history.ndjson');
    await writeFile(file, `${requests.map((request) => JSON.stringify(request)).join('\n')}\n`);
    const flagged = (await Promise.all(requests.map((request) => desk.decide(request)))).filter((decision) => decision.flags.includes('recall-candidate')).length;
    expect(flagged).toBeGreaterThanOrEqual(27);
    expect(flagged).toBeLessThan(80);

    const json = await runCli(['replay', client, file, '--json', '--quiet']);
    expect(JSON.parse(json.stdout).recallCandidates).toBe(flagged);
    const threads = await runCli(['replay', client, file, '--json', '--quiet', '--workers', '2']);
    expect(JSON.parse(threads.stdout).recallCandidates).toBe(flagged);
    const table = await runCli(['replay', client, file, '--quiet']);
    expect(table.stdout).toContain(`flagged recall-candidate): ${flagged} (`);
  });
});
