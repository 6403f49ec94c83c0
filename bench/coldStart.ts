/**
 * `npm run bench:cold`: what the first decisions of a new process cost, cold
 * and after `desk.warm(...)` on the client's case requests, for the bundled
 * nordhem client. Each way runs in a fresh process (this script, re-run with
 * an argument); the decisions measured are generated requests the warm-up
 * never saw. Timings depend on the machine and on what else it is doing.
 */
import { execFileSync } from 'node:child_process';
import { Argument, Command } from 'commander';
import { loadClient } from '../src/node';
import { loadCases } from '../src/node/cases';
import type { ReturnRequest } from '../src/index';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';

const CLIENT = 'rules/nordhem';
const MEASURED = 3_000;

async function firstDecisions(warm: boolean): Promise<Record<string, number>> {
  const started = performance.now();
  const { desk, config } = await loadClient(CLIENT);
  const loaded = performance.now() - started;
  const next = requestGenerator(config, seededRandom(3));
  const requests: ReturnRequest[] = Array.from({ length: MEASURED }, (_, i) => next(i));
  let warming = 0;
  if (warm) {
    const cases = (await loadCases(CLIENT)).flatMap((file) => (file.case ? [file.case.request as ReturnRequest] : []));
    const before = performance.now();
    await desk.warm(cases);
    warming = performance.now() - before;
  }
  const times: number[] = [];
  for (const request of requests) {
    const before = performance.now();
    await desk.decide(request);
    times.push((performance.now() - before) * 1000);
  }
  const median = (from: number, to: number) => [...times.slice(from, to)].sort((a, b) => a - b)[Math.floor((to - from) / 2)]!;
  const us = (value: number) => Math.round(value * 10) / 10;
  return {
    'load the client (ms)': us(loaded),
    'desk.warm (ms)': us(warming),
    'decision 1 (µs)': us(times[0]!),
    'decision 2 (µs)': us(times[1]!),
    'decisions 3–100, median (µs)': us(median(2, 100)),
    'decisions 101–1,000, median (µs)': us(median(100, 1000)),
    'decisions 2,001–3,000, median (µs)': us(median(2000, 3000)),
  };
}

const [mode] = new Command('bench:cold')
  .description('What the first decisions of a new process cost for rules/nordhem, cold and after desk.warm(cases); prints a Markdown table.')
  // The script re-runs itself once per way, with the way as its argument; a person runs it without one.
  .addArgument(new Argument('[mode]', 'cold or warm: measure only that way, in this process, as JSON').choices(['cold', 'warm']))
  .parse().args;
if (mode === 'cold' || mode === 'warm') {
  console.log(JSON.stringify(await firstDecisions(mode === 'warm')));
} else {
  const run = (way: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, way], { encoding: 'utf8' })) as Record<string, number>;
  const cold = run('cold');
  const warmed = run('warm');
  console.log(`| ${CLIENT} | cold | after desk.warm(cases) |\n|:--|--:|--:|`);
  for (const key of Object.keys(cold)) console.log(`| ${key} | ${cold[key]} | ${warmed[key]} |`);
}
