/**
 * Measures one bench scenario and prints its row as JSON:
 * `measure.js <rules> <offers> <mix>`. `npm run bench` bundles it and runs it
 * once per scenario, each in a process of its own, so no scenario runs on
 * code the JIT shaped for another.
 *
 * Each task is first warmed up until V8 has settled its code (see
 * {@link WARMUP_MIN_CALLS}). The four tasks (`decide`, `Engine.run`, plain
 * closures, validation) then run in alternating rounds, the order reversed every other round, so whatever else
 * the machine is doing weighs on all of them alike. Every figure is a median:
 * of per-call wall times (each sample a batch of calls about
 * {@link SAMPLE_US} long, so a sub-microsecond task is not all timer), and of
 * each round's CPU time per call (`process.cpuUsage`).
 */
import { scenario } from './scenario';
import type { ClientSize } from './syntheticClient';

/** The seed every scenario's client and requests are generated from. */
export const SEED = 20261123;
export const ROUNDS = 8;
export const ROUND_MS = 200;
/**
 * Warm-up: at least this many calls (or {@link WARMUP_MAX_MS}), then 300 ms rounds until two in a row are
 * not 5% faster than the one before. A 5,000-rule client is thousands of generated functions, each run
 * only for the reasons it is keyed by: V8 takes about 12,000 decisions (3 s) to optimise them all, and
 * holds a plateau at three times the final time on the way, which a shorter warm-up would measure.
 */
const WARMUP_MIN_CALLS = 20_000;
const WARMUP_MAX_MS = 8_000;
const WARMUP_MS = 300;
const SAMPLE_US = 50;

/** One task's figures, in microseconds per call. */
export interface Timing {
  readonly wallUs: number;
  readonly wallP99Us: number;
  readonly cpuUs: number;
}

/** One row of the table. */
export interface Row {
  readonly rules: number;
  readonly offers: number;
  readonly mix: NonNullable<ClientSize['mix']>;
  readonly decide: Timing;
  /** From the median wall time, on one core. */
  readonly decisionsPerSecond: number;
  readonly engineRun: Timing;
  readonly closures: Timing;
  readonly validation: Timing;
}

type Task = () => unknown;

/** Runs `task` for about `ms`, in batches; returns per-call wall times (µs, one per batch) and CPU µs per call. */
async function round(task: Task, batch: number, ms: number): Promise<{ samples: number[]; cpuUs: number }> {
  const samples: number[] = [];
  let calls = 0;
  const cpu = process.cpuUsage();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) await task();
    samples.push(((performance.now() - start) * 1000) / batch);
    calls += batch;
  }
  const used = process.cpuUsage(cpu);
  return { samples, cpuUs: (used.user + used.system) / calls };
}

const median = (values: readonly number[]) => quantile(values, 0.5);
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const tenth = (value: number) => Math.round(value * 10) / 10;

async function measure(size: Required<ClientSize>): Promise<Row> {
  const s = await scenario(size, SEED);
  const tasks: Record<'decide' | 'engineRun' | 'closures' | 'validation', Task> = { decide: s.decide, engineRun: s.runEngine, closures: s.closures, validation: s.validate };
  const names = Object.keys(tasks) as Array<keyof typeof tasks>;
  // Warm-up, which also sizes each task's batch.
  const batches = {} as Record<keyof typeof tasks, number>;
  for (const name of names) {
    const end = performance.now() + WARMUP_MAX_MS;
    for (let calls = 0; calls < WARMUP_MIN_CALLS && performance.now() < end; calls++) await tasks[name]();
    let previous = Infinity;
    for (let steady = 0; steady < 2; ) {
      const settled = median((await round(tasks[name], 1, WARMUP_MS)).samples);
      steady = settled > 0.95 * previous ? steady + 1 : 0;
      previous = settled;
    }
    batches[name] = Math.max(1, Math.round(SAMPLE_US / Math.max(previous, 0.001)));
  }
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<keyof typeof tasks, number[]>;
  const cpu = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<keyof typeof tasks, number[]>;
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of r % 2 === 0 ? names : [...names].reverse()) {
      const result = await round(tasks[name], batches[name], ROUND_MS);
      samples[name].push(...result.samples);
      cpu[name].push(result.cpuUs);
    }
  }
  const timing = (name: keyof typeof tasks): Timing => ({ wallUs: tenth(median(samples[name])), wallP99Us: tenth(quantile(samples[name], 0.99)), cpuUs: tenth(median(cpu[name])) });
  const decide = timing('decide');
  return {
    ...size,
    decide,
    decisionsPerSecond: Math.round(1_000_000 / median(samples.decide)),
    engineRun: timing('engineRun'),
    closures: timing('closures'),
    validation: timing('validation'),
  };
}

// Run, not imported: `npm run bench` imports this file's constants.
if (process.argv[1]?.endsWith('measure.js')) {
  const [rules, offers, mix] = process.argv.slice(2);
  console.log(JSON.stringify(await measure({ rules: Number(rules), offers: Number(offers), mix: mix as Row['mix'] })));
}
