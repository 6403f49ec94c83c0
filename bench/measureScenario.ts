/**
 * Measures one bench scenario and prints its row as JSON:
 * `measure.js <rules> <offers>`. `npm run bench` bundles it and runs it once
 * per scenario, each in a process of its own, so no scenario runs on code
 * the JIT shaped for another.
 */
import { Bench } from 'tinybench';
import { scenario } from './scenario';

/** The seed every scenario's client and requests are generated from. */
export const SEED = 20261123;
/**
 * `decide` and `Engine.run` are measured in alternating rounds, so that
 * whatever else the machine is doing weighs on both alike; samples are pooled.
 */
export const ROUNDS = 10;
export const ROUND_MS = 250;
const WARMUP_MS = 400;

/** One row of the table: microseconds per call, medians and 99th percentiles. */
export interface Row {
  rules: number;
  offers: number;
  decideMedianUs: number;
  decideP99Us: number;
  decisionsPerSecond: number;
  engineRunMedianUs: number;
  engineRunP99Us: number;
  /** How many times cheaper `decide` is than `Engine.run` alone (medians). */
  ratio: number;
}

/** Latencies in milliseconds, as tinybench records them, summarised in microseconds. */
function summary(samples: number[]): { medianUs: number; p99Us: number; meanUs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 1000;
  return { medianUs: at(0.5), p99Us: at(0.99), meanUs: (sorted.reduce((total, ms) => total + ms, 0) / sorted.length) * 1000 };
}

async function measure(rules: number, offers: number): Promise<Row> {
  const { decide, runEngine } = scenario({ rules, offers }, SEED);
  const samples = { decide: [] as number[], engine: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: ROUND_MS, warmupTime: WARMUP_MS, warmup: round === 0, throws: true });
    bench.add('decide', decide).add('Engine.run', runEngine);
    await bench.run();
    const [decided, ran] = bench.tasks.map((task) => task.result?.latency.samples ?? []);
    samples.decide.push(...decided!);
    samples.engine.push(...ran!);
  }
  const decided = summary(samples.decide);
  const ran = summary(samples.engine);
  const tenth = (value: number) => Math.round(value * 10) / 10;
  return {
    rules,
    offers,
    decideMedianUs: tenth(decided.medianUs),
    decideP99Us: tenth(decided.p99Us),
    decisionsPerSecond: Math.round(1_000_000 / decided.meanUs),
    engineRunMedianUs: tenth(ran.medianUs),
    engineRunP99Us: tenth(ran.p99Us),
    ratio: tenth(ran.medianUs / decided.medianUs),
  };
}

// Run, not imported: `npm run bench` imports this file's constants.
if (process.argv[1]?.endsWith('measure.js')) {
  const [rules, offers] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await measure(rules!, offers!)));
}
