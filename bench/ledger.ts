/**
 * `npm run bench:ledger [postgres://…]`: how many acceptances a second the
 * ledger records, on memory, PGlite (a folder on disk) and, when a URL is
 * given (argument or SAVEDESK_TEST_POSTGRES_URL), PostgreSQL. For each: the
 * decisions are recorded first (timed too: withHistory + decide + record),
 * then accepted by 16 agents at once, spread over 200 customers, and again
 * all for one customer (every acceptance waits for that customer's lock).
 * Prints a table and writes bench/ledger-results.json. Not a test: timings
 * depend on the machine and on what else it is doing.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { createDesk, type ClientConfig, type Desk, type ReturnRequest } from '../src/index';
import { openLedger, type Ledger } from '../src/ledger/index';

const DECISIONS = 2_000;
const AGENTS = 16;
const AT = '2026-11-23T10:05:00Z';

interface Row {
  store: string;
  scenario: string;
  decisionsRecordedPerSecond: number;
  acceptsPerSecond: number;
  acceptMedianMs: number;
  acceptP99Ms: number;
}

function benchDesk(clientId: string): Desk {
  return createDesk({
    client: { id: clientId, name: 'Bench' },
    currency: 'USD',
    catalog: [{ id: 'ten-off', kind: 'discount', label: '$10 off', amount: '10.00', acceptRate: 0.5 }],
    policy: { levels: [{ id: 'agent', maxCost: '100.00' }], customerCap: { windowDays: 90, maxCost: '1000000.00' } },
    rules: [{ name: 'always', conditions: { all: [{ fact: 'returnValue', operator: 'greaterThanInclusive', value: 0 }] }, event: { type: 'offer', params: { offer: 'ten-off' } } }],
  } as ClientConfig);
}

function returnOf(id: string, customerId: string): ReturnRequest {
  return {
    id, receivedAt: '2026-11-23T10:00:00Z', channel: 'phone', agent: { id: 'a-1', level: 'agent' }, customer: { id: customerId },
    order: { id: `o-${id}`, placedAt: '2026-11-01', currency: 'USD', total: '120.00', items: [{ sku: 'SKU', unitPrice: '120.00', quantity: 1 }] },
    lines: [{ sku: 'SKU', quantity: 1 }], reason: { code: 'changed-mind' },
  };
}

/** Runs `task(i)` for i in 0..count-1, `AGENTS` at a time; returns each call's milliseconds and the wall time. */
async function agents(count: number, task: (i: number) => Promise<unknown>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: AGENTS }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await task(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function scenario(store: string, ledger: Ledger, name: string, customer: (i: number) => string): Promise<Row> {
  const desk = benchDesk(`bench-${name}-${Date.now()}`);
  const recorded = await agents(DECISIONS, async (i) => {
    const request = await ledger.withHistory(desk.clientId, returnOf(`r-${i}`, customer(i)));
    await ledger.record(await desk.decide(request), request, { desk });
  });
  const accepted = await agents(DECISIONS, (i) => ledger.accept({ desk, requestId: `r-${i}`, offerId: 'ten-off', at: AT }));
  const row = {
    store,
    scenario: name,
    decisionsRecordedPerSecond: Math.round(DECISIONS / recorded.seconds),
    acceptsPerSecond: Math.round(DECISIONS / accepted.seconds),
    acceptMedianMs: round(quantile(accepted.latencies, 0.5)),
    acceptP99Ms: round(quantile(accepted.latencies, 0.99)),
  };
  console.log(`  ${store} · ${name}: ${row.acceptsPerSecond} accepts/s`);
  return row;
}

async function measure(store: string, url: string): Promise<Row[]> {
  const ledger = await openLedger(url, { poolSize: AGENTS });
  try {
    return [await scenario(store, ledger, '200 customers', (i) => `c-${i % 200}`), await scenario(store, ledger, 'one customer', () => 'c-hot')];
  } finally {
    await ledger.close();
  }
}

const [postgresArgument] = new Command('bench:ledger')
  .description('Acceptances a second the ledger records on memory, PGlite and (given a URL) PostgreSQL.')
  .argument('[postgres-url]', 'a postgres:// URL to measure PostgreSQL too (default: SAVEDESK_TEST_POSTGRES_URL)')
  .addHelpText('after', '\nPrints a table and writes bench/ledger-results.json. Not a test: timings depend on the machine.')
  .parse().args;

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}` };
console.log(`savedesk ledger bench · ${machine.cpu} · ${machine.cores} cores · Node ${machine.node} · ${DECISIONS} acceptances, ${AGENTS} agents at once\n`);
const folder = await mkdtemp(join(tmpdir(), 'savedesk-bench-ledger-'));
const postgres = postgresArgument ?? process.env.SAVEDESK_TEST_POSTGRES_URL;
const rows = [...(await measure('memory', 'memory:')), ...(await measure('pglite', `pglite:${join(folder, 'data')}`))];
if (postgres) rows.push(...(await measure('postgres', postgres)));
else console.log('  postgres: skipped (give a postgres:// URL as the argument, or set SAVEDESK_TEST_POSTGRES_URL)');
await rm(folder, { recursive: true, force: true });

const header = ['store', 'scenario', 'decisions recorded/s', 'accepts/s', 'accept median ms', 'accept p99 ms'];
const cells = rows.map((r) => [r.store, r.scenario, r.decisionsRecordedPerSecond, r.acceptsPerSecond, r.acceptMedianMs, r.acceptP99Ms].map(String));
const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
const line = (values: readonly string[]) => `| ${values.map((value, i) => (i < 2 ? value.padEnd(widths[i]!) : value.padStart(widths[i]!))).join(' | ')} |`;
console.log(`\n${[line(header), `|${widths.map((w, i) => (i < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.map(line)].join('\n')}\n`);
const file = join(import.meta.dirname, 'ledger-results.json');
writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, decisions: DECISIONS, agents: AGENTS, rows }, null, 2)}\n`);
console.log(`written to ${file}`);
