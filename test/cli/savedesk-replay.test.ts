import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Decision, ReturnRequest } from '../../src/index';
import { loadClient } from '../../src/node/loadClient';
import type { ClientConfig } from '../../src/schema/config';
import type { Rule } from '../../src/schema/rule';
import { seededRandom } from '../../scripts/generate/random';
import { requestGenerator } from '../../scripts/generate/requests';
import { acme, editJson, tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

const REQUESTS = 60;
/** Line 3 is not JSON and line 8 is not a valid request; line 12 is blank. */
const NOT_JSON = 3;
const NOT_A_REQUEST = 8;
const BLANK = 12;

/** A temp folder with the history of REQUESTS generated acme requests, a bad line of each kind and a blank line. */
async function history(): Promise<{ dir: string; file: string; requests: ReturnRequest[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'savedesk-replay-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const { config } = await loadClient(acme);
  const nextRequest = requestGenerator(config, seededRandom(7));
  const requests = Array.from({ length: REQUESTS }, (_, n) => nextRequest(n));
  const lines = requests.map((request) => JSON.stringify(request));
  lines.splice(NOT_JSON - 1, 0, '{"id": "r-broken",');
  lines.splice(NOT_A_REQUEST - 1, 0, JSON.stringify({ ...requests[0], lines: [{ sku: 'NOT-ORDERED', quantity: 1 }] }));
  lines.splice(BLANK - 1, 0, '');
  const file = join(dir, 'history.ndjson');
  await writeFile(file, `${lines.join('\n')}\n`);
  return { dir, file, requests };
}

async function decisions(clientDir: string, requests: readonly ReturnRequest[]): Promise<Decision[]> {
  const { desk } = await loadClient(clientDir);
  return Promise.all(requests.map((request) => desk.decide(request)));
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Sums money strings with two decimals exactly, in cents. */
const cents = (amounts: readonly string[]) => amounts.reduce((total, amount) => total + Math.round(Number(amount) * 100), 0);
const topCost = (decided: readonly Decision[]) => cents(decided.flatMap((decision) => decision.offers.slice(0, 1).map((offer) => offer.cost)));

describe('savedesk replay', () => {
  it('decides every request and summarises: top offers, offers per decision, cost, withheld reasons, approvals', async () => {
    const { file, requests } = await history();
    const { code, stdout } = await runCli(['replay', acme, file, '--json', '--quiet']);
    const decided = await decisions(acme, requests);
    const summary = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(summary).toMatchObject({ client: 'acme', dir: acme, requests: REQUESTS + 2, decisions: REQUESTS, skipped: 2 });
    expect(summary.topOffer).toEqual(countBy(decided, (decision) => decision.offers[0]?.offerId ?? 'none'));
    expect(summary.labels).toMatchObject({ 'soft-topper': 'A softer topper, free' });
    expect(summary.offersPerDecision.decisions).toEqual(countBy(decided, (decision) => String(decision.offers.length)));
    expect(summary.withheld).toEqual(countBy(decided.flatMap((decision) => decision.withheld), (withheld) => withheld.why));
    expect(summary.approvals).toEqual(countBy(decided.flatMap((decision) => decision.offers), (offer) => offer.approval?.level ?? 'caller'));
    expect(Math.round(Number(summary.cost.total) * 100)).toBe(topCost(decided));
    expect(summary.cost.currency).toBe('USD');
  });

  it('reports each bad line with its number and skips it, without stopping', async () => {
    const { file } = await history();
    const { code, stderr, stdout } = await runCli(['replay', acme, file, '--quiet']);
    expect(stderr).toMatch(new RegExp(`history\\.ndjson:${NOT_JSON}: not valid JSON at 1:\\d+`));
    expect(stderr).toContain(`history.ndjson:${NOT_A_REQUEST}: lines[0].sku: SKU "NOT-ORDERED" is not in the order`);
    expect(stderr).not.toContain(`history.ndjson:${BLANK}:`);
    expect(stdout).toContain(`${REQUESTS + 2} requests: ${REQUESTS} decided, 2 skipped`);
    expect(code).toBe(0);
  });

  it('reads a gzipped history the same as a plain one', async () => {
    const { dir, file } = await history();
    const gzipped = join(dir, 'history.ndjson.gz');
    await writeFile(gzipped, gzipSync(await readFile(file)));
    const plain = await runCli(['replay', acme, file, '--json', '--quiet']);
    const zipped = await runCli(['replay', acme, gzipped, '--json', '--quiet']);
    expect(JSON.parse(zipped.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('with --against, counts the decisions whose top offer changes and the difference in cost', async () => {
    const { file, requests } = await history();
    const other = await tempAcme();
    // The other client no longer gives a topper for firm mattresses: those decisions change.
    await editJson<Rule[]>(join(other, 'rules', 'comfort.json'), (rules) => {
      rules[0]!.event = { type: 'offer', params: { offers: ['keep-10'] } };
    });
    const { code, stdout } = await runCli(['replay', acme, file, '--against', other, '--json', '--quiet']);
    const [before, after] = await Promise.all([decisions(acme, requests), decisions(other, requests)]);
    const changed = before.filter((decision, i) => decision.offers[0]?.offerId !== after[i]!.offers[0]?.offerId).length;
    const { against } = JSON.parse(stdout);
    expect(changed).toBeGreaterThan(0);
    expect(against).toMatchObject({ client: 'acme', dir: other });
    expect(against.changed.topOffer).toBe(changed);
    expect(against.changed.decisions).toBeGreaterThanOrEqual(changed);
    expect(against.topOffer).toEqual(countBy(after, (decision) => decision.offers[0]?.offerId ?? 'none'));
    expect(Math.round(Number(against.cost.total) * 100)).toBe(topCost(after));
    expect(Math.round(Number(against.costDifference) * 100)).toBe(topCost(after) - topCost(before));
    expect(code).toBe(0);
  });

  it('with --against, reports the approvals that change when an agent may give more, naming both folders', async () => {
    const { file, requests } = await history();
    const other = await tempAcme();
    // Agents may now give a new mattress (360.00) themselves: it no longer needs a supervisor.
    await editJson<ClientConfig>(join(other, 'client.json'), (client) => {
      client.policy.levels[0]!.maxCost = '500.00';
    });
    const [before, after] = await Promise.all([decisions(acme, requests), decisions(other, requests)]);
    const supervisorApprovals = (decided: readonly Decision[]) => decided.flatMap((decision) => decision.offers).filter((offer) => offer.approval?.level === 'supervisor').length;
    const approvalChanged = before.filter((decision, i) => decision.offers.some((offer) => after[i]!.offers.some((next) => next.offerId === offer.offerId && next.approval?.level !== offer.approval?.level))).length;
    expect(approvalChanged).toBeGreaterThan(0);

    const json = JSON.parse((await runCli(['replay', acme, file, '--against', other, '--json', '--quiet'])).stdout);
    expect(json.against.changed.approvals).toBe(approvalChanged);
    expect(json.against.changed.decisions).toBeGreaterThanOrEqual(approvalChanged);
    expect(json.approvals.supervisor).toBe(supervisorApprovals(before));
    expect(json.against.approvals.supervisor ?? 0).toBe(supervisorApprovals(after));

    const { stdout } = await runCli(['replay', acme, file, '--against', other, '--quiet']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`acme (${acme}) · ${file} · ${REQUESTS + 2} requests: ${REQUESTS} decided, 2 skipped`);
    expect(lines[1]).toMatch(new RegExp(`^against acme \\(${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): \\d+ of ${REQUESTS} decisions \\(.+%\\) change$`));
    expect(stdout).toMatch(new RegExp(`another approval for an offer both show +${approvalChanged}$`, 'm'));
    const supervisorRow = lines.find((line) => /^supervisor /.test(line))!;
    expect(supervisorRow.split(/ +/)).toEqual(['supervisor', String(supervisorApprovals(before)), String(supervisorApprovals(after)), `-${supervisorApprovals(before) - supervisorApprovals(after)}`]);
  });

  it('prints the summary for a person, and says how long it took unless --quiet', async () => {
    const { file } = await history();
    const { stdout, stderr } = await runCli(['replay', acme, file]);
    expect(stdout.split('\n')[0]).toBe(`acme (${acme}) · ${file} · ${REQUESTS + 2} requests: ${REQUESTS} decided, 2 skipped`);
    // The top offers by offer: label beside id.
    expect(stdout).toMatch(/^A softer topper, free +soft-topper +\d+ +[\d.]+%$/m);
    for (const heading of ['top offer', 'offers per decision:', 'cost of the top offers:', 'withheld as', 'approval']) expect(stdout).toContain(heading);
    expect(stderr).toMatch(/replayed \d+ requests in/);
    expect((await runCli(['replay', acme, file, '--quiet'])).stderr).not.toMatch(/replayed/);
  });

  it('with --workers, gives the same summary and reports the same bad lines as one worker, over several batches', async () => {
    const { dir } = await history();
    const { config } = await loadClient(acme);
    const nextRequest = requestGenerator(config, seededRandom(11));
    // 2,500 lines: three batches of at most 1,000, with a bad line in each of the first two.
    const lines = Array.from({ length: 2_500 }, (_, n) => JSON.stringify(nextRequest(n)));
    lines[9] = '{"id": "r-broken",';
    lines[1_500] = 'not json';
    const file = join(dir, 'long.ndjson');
    await writeFile(file, `${lines.join('\n')}\n`);
    const one = await runCli(['replay', acme, file, '--against', acme, '--json', '--quiet', '--workers', '1']);
    const three = await runCli(['replay', acme, file, '--against', acme, '--json', '--quiet', '--workers', '3']);
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(three.stdout)).toMatchObject({ requests: 2_500, decisions: 2_498, skipped: 2 });
    expect(three.stderr).toBe(one.stderr);
    expect(three.stderr).toContain('long.ndjson:1501:');
  });

  it('refuses a --workers that is not a whole number of 1 or more', async () => {
    const { file } = await history();
    const { code, stderr } = await runCli(['replay', acme, file, '--workers', '0']);
    expect(stderr).toContain('"0" is not a number of workers');
    expect(code).not.toBe(0);
  });

  it('exits 2 naming the file when the history cannot be read', async () => {
    const { code, stderr } = await runCli(['replay', acme, 'no-such-history.ndjson']);
    expect(stderr).toContain('no-such-history.ndjson: does not exist');
    expect(code).toBe(2);
  });

  it('is listed in the help, with examples', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}replay /m);
    expect((await runCli(['replay', '--help'])).stdout).toContain('Examples:');
  });
});
