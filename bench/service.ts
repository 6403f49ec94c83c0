/**
 * `npm run bench:service`: decisions per second through the call-center
 * service over loopback HTTP — key check, body limits, `withHistory`,
 * `decide` and `record` in the ledger for each — on the in-memory and the
 * embedded PGlite ledger, and on PostgreSQL when `DATABASE_URL` names one
 * (`postgres://…`; the bench's decisions stay in it). A bounded number of requests per round, a few
 * concurrent callers in this same process (so client and server share the
 * CPU: a conservative figure), the median round reported. Writes
 * bench/service-results.json. Not a test: timings depend on the machine.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../examples/call-center/server';

const ROUNDS = 5;
const REQUESTS_PER_ROUND = 1_000;
const CONCURRENCY = 8;

const repo = join(import.meta.dirname, '..');
const keys: { key: string; agentId: string }[] = JSON.parse(await readFile(join(repo, 'examples', 'call-center', 'keys.sample.json'), 'utf8'));
const key = keys.find((entry) => entry.agentId === 'ana')!.key;
const { agent: _agent, receivedAt: _receivedAt, ...tooFirm } = JSON.parse(await readFile(join(repo, 'examples', 'requests', 'nordhem-too-firm.json'), 'utf8'));

interface Row {
  readonly ledger: string;
  readonly decisionsPerSecond: number;
  readonly medianMs: number;
  readonly p99Ms: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function measure(label: string, ledgerUrl: string): Promise<Row> {
  const app = await buildServer({ rulesDir: join(repo, 'rules'), ledgerUrl, keysFile: join(repo, 'examples', 'call-center', 'keys.sample.json') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/clients/nordhem/decisions`;
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  let sent = 0;
  const decideOnce = async (round: number, latencies: number[]) => {
    sent += 1;
    // A customer per 20 calls: the ledger's history grows as a call center's does.
    const body = JSON.stringify({ ...tooFirm, id: `bench-${round}-${sent}`, customer: { ...tooFirm.customer, id: `c-${sent % 500}` } });
    const start = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body });
    await response.arrayBuffer();
    latencies.push(performance.now() - start);
    if (response.status !== 201) throw new Error(`the service answered ${response.status}`);
  };
  const rates: number[] = [];
  const latencies: number[] = [];
  for (let round = 0; round <= ROUNDS; round += 1) {
    const roundLatencies: number[] = [];
    let remaining = REQUESTS_PER_ROUND;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (remaining > 0) {
          remaining -= 1;
          await decideOnce(round, roundLatencies);
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    // Round 0 warms up the JIT and the ledger's caches.
    if (round > 0) {
      rates.push(REQUESTS_PER_ROUND / seconds);
      latencies.push(...roundLatencies);
    }
  }
  await app.close();
  return { ledger: label, decisionsPerSecond: Math.round(median(rates)), medianMs: Number(median(latencies).toFixed(2)), p99Ms: Number(percentile(latencies, 0.99).toFixed(2)) };
}

// The load average says how busy the machine already was: the figures fall as it rises.
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}`, loadAverage: Number(loadavg()[0]!.toFixed(1)) };
console.log(`savedesk service bench · ${machine.cpu} · ${machine.cores} cores · Node ${machine.node} · load average ${machine.loadAverage}`);
console.log(`${ROUNDS} rounds of ${REQUESTS_PER_ROUND} decisions, ${CONCURRENCY} concurrent callers, loopback HTTP\n`);
const dir = await mkdtemp(join(tmpdir(), 'savedesk-bench-service-'));
const rows: Row[] = [];
try {
  rows.push(await measure('memory', 'memory:'));
  rows.push(await measure('PGlite', `pglite:${join(dir, 'ledger')}`));
  if (process.env.DATABASE_URL?.startsWith('postgres')) rows.push(await measure('PostgreSQL', process.env.DATABASE_URL));
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log('| ledger | decisions/s (median round) | latency median ms | latency p99 ms |');
console.log('|:--|--:|--:|--:|');
for (const row of rows) console.log(`| ${row.ledger} | ${row.decisionsPerSecond} | ${row.medianMs} | ${row.p99Ms} |`);
writeFileSync(join(import.meta.dirname, 'service-results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, rounds: ROUNDS, requestsPerRound: REQUESTS_PER_ROUND, concurrency: CONCURRENCY, rows }, null, 2)}\n`);
