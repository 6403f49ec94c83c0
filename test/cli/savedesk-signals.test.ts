import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { returnOf } from '../support/returns';
import { tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

/** Line 4 is not JSON and line 9 is not a valid request; line 13 is blank. */
const NOT_JSON = 4;
const NOT_A_REQUEST = 9;
const BLANK = 13;
const SKUS = ['MATTRESS-Q', 'PILLOW', 'TOPPER', 'DUVET', 'SHEET', 'FRAME'];

/**
 * A history: 12 customers return the queen mattress as defective in one week,
 * every SKU comes back 2 times as too-firm, each 1,000 units sold; one
 * customer says "injury" once.
 */
async function files(): Promise<{ dir: string; history: string; sales: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'savedesk-signals-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const requests = [
    ...Array.from({ length: 12 }, (_, i) => returnOf('MATTRESS-Q', 'defective', `c-${i}`, `2026-03-0${1 + (i % 7)}`)),
    ...SKUS.flatMap((sku) => [returnOf(sku, 'too-firm', `${sku}-a`, '2026-03-02'), returnOf(sku, 'too-firm', `${sku}-b`, '2026-03-20')]),
    ...SKUS.slice(1).map((sku) => returnOf(sku, 'defective', `${sku}-d`, '2026-03-05')),
    returnOf('PILLOW', 'injury', 'c-hurt', '2026-03-10'),
  ];
  const lines = requests.map((request) => JSON.stringify(request));
  lines.splice(NOT_JSON - 1, 0, '{"id": "r-broken",');
  lines.splice(NOT_A_REQUEST - 1, 0, JSON.stringify({ ...requests[0], lines: [] }));
  lines.splice(BLANK - 1, 0, '');
  const history = join(dir, 'history.ndjson');
  await writeFile(history, `${lines.join('\n')}\n`);
  const sales = join(dir, 'sales.csv');
  await writeFile(sales, `sku,units,category\n${SKUS.map((sku) => `${sku},1000,bedding`).join('\n')}\n`);
  return { dir, history, sales };
}

describe('savedesk signals', () => {
  it('finds the SKU × reason many customers return, counts and skips bad lines as replay does, and prints JSON for a machine', async () => {
    const { history, sales } = await files();
    const { code, stdout, stderr } = await runCli(['signals', history, '--sales', sales, '--json', '--quiet']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ requests: 12 + 12 + 5 + 1 + 2, skipped: 2, method: 'poisson', windowDays: 30 });
    expect(summary.candidates[0]).toMatchObject({ sku: 'MATTRESS-Q', name: 'Name of MATTRESS-Q', category: 'bedding', reason: 'defective', customers: 12, level: 'many', method: 'poisson' });
    expect(summary.candidates.filter((c: { level: string }) => c.level === 'many').map((c: { sku: string }) => c.sku)).toEqual(['MATTRESS-Q']);
    expect(summary.levels).toEqual({ many: 1, few: expect.any(Number), one: expect.any(Number) });
    expect(stderr).toContain(`${history}:${NOT_JSON}: not valid JSON`);
    expect(stderr).toContain(`${history}:${NOT_A_REQUEST}: lines:`);
  });

  it('prints a table for a person, many first, and says which method it used', async () => {
    const { history, sales } = await files();
    const withSales = await runCli(['signals', history, '--sales', sales, '--safety', 'injury, fire', '--quiet']);
    const lines = withSales.stdout.split('\n');
    expect(lines[1]).toContain('units sold');
    const header = lines.findIndex((line) => line.startsWith('level'));
    expect(lines[header]).toMatch(/^level\s+SKU\s+name\s+reason\s+window\s+customers\s+expected\s+ratio\s+q$/);
    expect(lines.slice(header + 1, header + 3).map((line) => line.split(/\s{2,}/).slice(0, 4))).toEqual([
      ['many', 'MATTRESS-Q', 'Name of MATTRESS-Q', 'defective'],
      ['many', 'PILLOW', 'Name of PILLOW', 'injury'],
    ]);
    expect(lines.at(-1)).toMatch(/^2 many · \d+ few · \d+ one/);

    // Without sales, the mattress's share of "defective" leads, but 36 customers are too few for PRR to call it many.
    const withoutSales = (await runCli(['signals', history, '--quiet'])).stdout.split('\n');
    expect(withoutSales[1]).toContain('no sales file');
    expect(withoutSales[withoutSales.findIndex((line) => line.startsWith('level')) + 1]).toMatch(/^few\s+MATTRESS-Q\s+Name of MATTRESS-Q\s+defective/);
  });

  it('reads a gzipped history the same', async () => {
    const { dir, history, sales } = await files();
    const gz = join(dir, 'history.ndjson.gz');
    await writeFile(gz, gzipSync(await readFile(history)));
    const plain = JSON.parse((await runCli(['signals', history, '--sales', sales, '--json', '--quiet'])).stdout);
    const zipped = JSON.parse((await runCli(['signals', gz, '--sales', sales, '--json', '--quiet'])).stdout);
    expect(zipped.candidates).toEqual(plain.candidates);
  });

  it('--html writes one self-contained page: counts, a chart, the tables, text from the history escaped', async () => {
    const { dir, history, sales } = await files();
    const hostile = join(dir, 'hostile.ndjson');
    const lines = (await readFile(history, 'utf8')).replaceAll('Name of MATTRESS-Q', '<script>alert(1)</script>');
    await writeFile(hostile, lines);
    const out = join(dir, 'signals.html');
    const { code, stderr } = await runCli(['signals', hostile, '--sales', sales, '--html', out, '--quiet']);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${out}`);
    const page = await readFile(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<svg');
    expect(page).toContain('<td>MATTRESS-Q</td>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('--watch adds the many pairs to a client\'s watch.json, keeps what is there, and changes nothing the second time', async () => {
    const { history, sales } = await files();
    const client = await tempAcme();
    await writeFile(join(client, 'watch.json'), JSON.stringify({ entries: [{ sku: 'FRAME', reason: 'squeaks', note: 'kept' }] }));
    const first = await runCli(['signals', history, '--sales', sales, '--watch', client, '--quiet']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('added 1, kept 1');
    expect(first.stderr).toContain('+ MATTRESS-Q × defective since 2026-03-01: 12 customers');
    const watch = JSON.parse(await readFile(join(client, 'watch.json'), 'utf8'));
    expect(watch.entries).toEqual([
      { sku: 'FRAME', reason: 'squeaks', note: 'kept' },
      { sku: 'MATTRESS-Q', reason: 'defective', note: expect.stringContaining('12 customers in 2026-03-01 … 2026-03-20'), since: '2026-03-01' },
    ]);
    const second = await runCli(['signals', history, '--sales', sales, '--watch', client, '--quiet']);
    expect(second.stderr).toContain('no change (2 entries kept');
  });

  it('refuses a bad sales file or option in a sentence naming where, exit code 2', async () => {
    const { dir, history } = await files();
    const sales = join(dir, 'bad.csv');
    await writeFile(sales, 'sku,units\nMATTRESS-Q,ten\n,5\n');
    const bad = await runCli(['signals', history, '--sales', sales]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${sales}:2: units: "ten" is not a number of units sold`);
    expect(bad.stderr).toContain(`${sales}:3: sku: is required`);
    const noColumns = join(dir, 'nocolumns.csv');
    await writeFile(noColumns, 'code,sold\nA,1\n');
    expect((await runCli(['signals', history, '--sales', noColumns])).stderr).toContain('has no "sku" or "units" column');
    const window = await runCli(['signals', history, '--window', '0']);
    expect(window.code).toBe(2);
    expect(window.stderr).toContain('windowDays');
    expect((await runCli(['signals', join(dir, 'missing.ndjson')])).stderr).toContain('does not exist');
  });
});
