import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { openLedger } from '../../src/ledger/index';
import { loadClient } from '../../src/node/loadClient';
import type { Outcome } from '../../src/schema/outcome';
import { seededRandom } from '../../scripts/generate/random';
import { requestGenerator } from '../../scripts/generate/requests';
import { saveReport } from '../../src/report/saveReport';
import { acme, tempAcme } from '../fixtures/tempClient';
import { learnedRates } from '../../src/report/acceptance';
import { validateAcceptance } from '../../src/learning/validateAcceptance';
import { freshLedgerFolder, removeLedgerFolders } from '../ledger/pgliteFolder';
import { generateOutcomes } from '../support/outcomeWorld';
import { runCli } from './runCli';

const repo = join(import.meta.dirname, '..', '..');
const { config } = await loadClient(acme);
const outcomes = generateOutcomes(config, { seed: 21, count: 1200 });
/** Line 5 is not JSON, line 9 is not an outcome. */
const NOT_JSON = 5;
const NOT_AN_OUTCOME = 9;

async function outcomesFile(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'savedesk-report-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const lines = outcomes.map((outcome) => JSON.stringify(outcome));
  lines.splice(NOT_JSON - 1, 0, '{"requestId": ');
  lines.splice(NOT_AN_OUTCOME - 1, 0, JSON.stringify({ ...outcomes[0], result: { status: 'kept' } }));
  const file = join(dir, 'outcomes.ndjson');
  await writeFile(file, `${lines.join('\n')}\n`);
  return { dir, file };
}

describe('savedesk report', () => {
  it('writes one HTML page with the headline numbers, reports bad lines and skips them', async () => {
    const { dir, file } = await outcomesFile();
    const out = join(dir, 'report.html');
    const { code, stdout, stderr } = await runCli(['report', acme, '--outcomes', file, '--out', out, '--quiet']);
    expect(code).toBe(0);
    expect(stderr).toContain(`outcomes.ndjson:${NOT_JSON}: not valid JSON`);
    expect(stderr).toContain(`outcomes.ndjson:${NOT_AN_OUTCOME}: result.status`);
    const report = saveReport(outcomes, config);
    const lift = report.experiment!.lift;
    const points = (value: number) => `${value < 0 ? '−' : '+'}${Math.abs(value * 100).toFixed(1)}`;
    expect(stdout).toBe(
      `wrote ${out}: 1,200 decisions, save rate ${(report.experiment!.treatment.saveRate.estimate * 100).toFixed(1)}% vs ` +
        `${(report.experiment!.holdout.saveRate.estimate * 100).toFixed(1)}% in the holdout, lift ${points(lift.estimate)} pts ` +
        `(95% interval ${points(lift.low)} to ${points(lift.high)} pts)`,
    );
    const page = await readFile(out, 'utf8');
    expect(page).toContain('2 invalid lines skipped');
    // Headline first: the four figures come before the first chart and the first table.
    const headline = ['Save rate', 'Lift', 'Incremental saves', 'Cost per incremental save'].map((label) => page.indexOf(`<div class="label">${label}</div>`));
    expect(headline.every((at) => at > 0)).toBe(true);
    expect(Math.max(...headline)).toBeLessThan(page.indexOf('<svg'));
    expect(page.indexOf('<svg')).toBeLessThan(page.indexOf('<table'));
    expect(page).toContain(`<div class="value">${points(lift.estimate)} pts</div>`);
    expect(page).toContain(`USD ${report.experiment!.costPerIncrementalSave.estimate}`);
  });

  it('makes a page that needs nothing else: no script, no link, no URL to fetch', async () => {
    const { dir, file } = await outcomesFile();
    const out = join(dir, 'report.html');
    await runCli(['report', acme, '--outcomes', file, '--out', out, '--quiet']);
    const page = await readFile(out, 'utf8');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i);
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });

  it('escapes what the data says: an offer label or agent id cannot become markup', async () => {
    const { dir } = await outcomesFile();
    const hostile = '<script>alert(1)</script>';
    const file = join(dir, 'hostile.ndjson');
    await writeFile(file, outcomes.slice(0, 50).map((outcome) => JSON.stringify({ ...outcome, agentId: hostile, reason: hostile })).join('\n'));
    const out = join(dir, 'report.html');
    expect((await runCli(['report', acme, '--outcomes', file, '--out', out, '--quiet'])).code).toBe(0);
    const page = await readFile(out, 'utf8');
    expect(page).not.toContain('<script');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('prints the report data with --json, the same as saveReport, and plans for the lift asked', async () => {
    const { file } = await outcomesFile();
    const { code, stdout } = await runCli(['report', acme, '--outcomes', file, '--json', '--lift', '5']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(saveReport(outcomes, config, { lift: 0.05 }))));
    expect(JSON.parse(stdout).experiment.sampleSize.lift).toBe(0.05);
  });

  it("shows the learned rates of the client folder's acceptance.json beside prior and observed", async () => {
    const { file } = await outcomesFile();
    const dir = await tempAcme();
    expect((await runCli(['learn', dir, '--outcomes', file])).code).toBe(0);
    const model = validateAcceptance(JSON.parse(await readFile(join(dir, 'acceptance.json'), 'utf8')), config);
    const { code, stdout } = await runCli(['report', dir, '--outcomes', file, '--json']);
    expect(code).toBe(0);
    const rows: { offerId: string; reason: string; learned: { rate: number; outcomes: number } | null }[] = JSON.parse(stdout).acceptance;
    const learned = learnedRates(model);
    expect(rows.some((row) => row.learned !== null)).toBe(true);
    for (const row of rows) expect(row.learned).toEqual(learned(row.offerId, row.reason) ?? null);
  });

  it('writes the same bytes in any time zone and locale', async () => {
    const { dir, file } = await outcomesFile();
    const run = (out: string, env: Record<string, string>) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/bin.ts'), 'report', acme, '--outcomes', file, '--out', out, '--quiet'], {
        cwd: repo,
        env: { ...process.env, ...env },
      });
    await Promise.all([
      run(join(dir, 'utc.html'), { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }),
      run(join(dir, 'kolkata.html'), { TZ: 'Asia/Kolkata', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }),
    ]);
    const [utc, kolkata] = await Promise.all([readFile(join(dir, 'utc.html'), 'utf8'), readFile(join(dir, 'kolkata.html'), 'utf8')]);
    expect(utc.length).toBeGreaterThan(10_000);
    expect(kolkata).toBe(utc);
  });

  it('gives a page for an empty file, saying there is nothing to chart', async () => {
    const { dir } = await outcomesFile();
    const file = join(dir, 'empty.ndjson');
    await writeFile(file, '');
    const out = join(dir, 'report.html');
    const { code, stdout } = await runCli(['report', acme, '--outcomes', file, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote ${out}: 0 decisions, save rate 0.0% (no holdout)`);
    expect(await readFile(out, 'utf8')).toContain('No decisions to chart.');
  });

  it('keeps only the decisions of the period asked with --since and --until', async () => {
    const { file } = await outcomesFile();
    const [since, until] = ['2026-09-02T00:00:00Z', '2026-09-04T12:00:00+05:30'];
    const { stdout } = await runCli(['report', acme, '--outcomes', file, '--json', '--since', since, '--until', until]);
    const inPeriod = outcomes.filter((outcome) => Date.parse(outcome.at) >= Date.parse(since) && Date.parse(outcome.at) < Date.parse(until));
    expect(inPeriod.length).toBeGreaterThan(100);
    expect(inPeriod.length).toBeLessThan(outcomes.length);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(saveReport(inPeriod, config))));
  });

  it('exits 2 with one clear line for a missing source, output or a bad lift', async () => {
    const { file } = await outcomesFile();
    const noSource = await runCli(['report', acme, '--out', 'x.html']);
    expect(noSource).toMatchObject({ code: 2 });
    expect(noSource.stderr).toContain('give the outcomes to report on: --outcomes <file.ndjson[.gz]>');
    const noOut = await runCli(['report', acme, '--outcomes', file]);
    expect(noOut).toMatchObject({ code: 2 });
    expect(noOut.stderr).toContain('say where the report goes');
    const badLift = await runCli(['report', acme, '--outcomes', file, '--json', '--lift', 'two']);
    expect(badLift).toMatchObject({ code: 2 });
    expect(badLift.stderr).toContain('give the lift in percentage points');
    const badDate = await runCli(['report', acme, '--outcomes', file, '--json', '--until', '2026-11-01']);
    expect(badDate).toMatchObject({ code: 2 });
    expect(badDate.stderr).toContain('give an ISO 8601 date-time with a zone');
    const both = await runCli(['report', acme, '--outcomes', file, '--ledger', 'memory:', '--json']);
    expect(both).toMatchObject({ code: 2 });
    expect(both.stderr).toMatch(/--outcomes.*cannot be used with.*--ledger/);
    const unwritable = await runCli(['report', acme, '--outcomes', file, '--out', join(file, 'report.html'), '--quiet']);
    expect(unwritable).toMatchObject({ code: 2 });
    expect(unwritable.stderr).toContain('The report could not be written:');
    expect(unwritable.stderr).toContain(`${join(file, 'report.html')}: cannot be written`);
    const missing = await runCli(['report', acme, '--outcomes', 'no-such-outcomes.ndjson', '--json']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('no-such-outcomes.ndjson: does not exist');
  });

  it('is listed in the help, with examples', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}report /m);
    expect((await runCli(['report', '--help'])).stdout).toContain('Examples:');
  });
});

describe('savedesk report --ledger', () => {
  afterAll(removeLedgerFolders);

  it('reads the outcomes from a PGlite ledger, as ledger.outcomes() yields them', async () => {
    const folder = await freshLedgerFolder();
    const { desk } = await loadClient(acme);
    const nextRequest = requestGenerator(config, seededRandom(4));
    const ledger = await openLedger(`pglite:${folder}`);
    for (let n = 0; n < 40; n++) {
      const request = { ...nextRequest(n), customer: { id: `c-${n}` } };
      const decision = await desk.decide(request);
      await ledger.record(decision, request, { desk });
      const at = new Date(Date.parse(request.receivedAt) + 60_000).toISOString();
      const given = decision.offers.find((offer) => offer.approval === null);
      if (n % 3 === 0 && given) await ledger.accept({ desk, requestId: request.id, offerId: given.offerId, at });
      else if (n % 3 === 1) await ledger.decline({ clientId: 'acme', requestId: request.id, at });
    }
    const recorded: Outcome[] = [];
    for await (const outcome of ledger.outcomes({ clientId: 'acme' })) recorded.push(outcome);
    await ledger.close();
    const { code, stdout } = await runCli(['report', acme, '--ledger', `pglite:${folder}`, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toEqual(JSON.parse(JSON.stringify(saveReport(recorded, config))));
    expect(report.outcomes).toMatchObject({ counted: 40 });
    expect(report.outcomes.accepted).toBeGreaterThan(5);
  }, 120_000); // PGlite's first start takes seconds, more on a busy machine.
});
