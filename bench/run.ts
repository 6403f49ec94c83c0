/**
 * `npm run bench`: the cost of one `decide` for synthetic clients of 10 to
 * 5,000 rules (about three conditions each) × 10 / 50 / 500 catalog offers,
 * rules that all start with a reason test and a mixed client, beside
 * json-rules-engine's `Engine.run`, the same rules as plain closures (the
 * floor) and validation alone, measured in the same process. Prints a table
 * and how a decision grows from 50 to 5,000 rules, and writes
 * bench/results.json with the machine it ran on. Not a test: timings depend
 * on the machine and on what else it is doing.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { build } from 'tsup';
import { ROUND_MS, ROUNDS, SEED, type Row } from './measureScenario';

new Command('bench')
  .description('Time decide against json-rules-engine\'s Engine.run alone, for synthetic clients of 10 to 5,000 rules and 10 to 500 offers.')
  .addHelpText('after', '\nPrints a table and writes bench/results.json. Not a test: timings depend on the machine.')
  .parse();

/** The scenarios: rules at scale on 50 offers for both kinds of client, and catalog sizes at 50 rules. */
const SCENARIOS: ReadonlyArray<readonly [rules: number, offers: number, mix: Row['mix']]> = [
  [10, 50, 'reason-first'],
  [50, 10, 'reason-first'],
  [50, 50, 'reason-first'],
  [50, 500, 'reason-first'],
  [200, 50, 'reason-first'],
  [1000, 50, 'reason-first'],
  [5000, 50, 'reason-first'],
  [50, 50, 'mixed'],
  [200, 50, 'mixed'],
  [1000, 50, 'mixed'],
  [5000, 50, 'mixed'],
];

/**
 * Bundles the measuring script as the published package is built (tsup,
 * plain JavaScript): run through tsx instead, every function created while
 * deciding would also be renamed (esbuild's keepNames), which costs `decide`
 * several microseconds that no user pays.
 */
async function buildMeasureScript(): Promise<string> {
  // Next to the packages it imports, where tools keep their caches.
  const outDir = join(import.meta.dirname, '..', 'node_modules', '.cache', 'savedesk-bench');
  await build({ config: false, entry: { measure: join(import.meta.dirname, 'measureScenario.ts') }, outDir, format: ['esm'], platform: 'node', target: 'node20', silent: true });
  return join(outDir, 'measure.js');
}

/** Measures one scenario in a process of its own. */
function measure(script: string, rules: number, offers: number, mix: Row['mix']): Row {
  const output = execFileSync(process.execPath, [script, String(rules), String(offers), mix], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as Row;
}

function table(rows: readonly Row[]): string {
  const header = ['rules', 'offers', 'client', 'decide µs', 'decide CPU µs', 'decide p99 µs', 'decisions/s (1 core)', 'Engine.run µs', 'Engine.run CPU µs', 'Engine.run ÷ decide', 'closures µs', 'validation µs', 'decide ÷ (closures + validation)'];
  const cells = rows.map((row) => [
    row.rules, row.offers, row.mix, row.decide.wallUs, row.decide.cpuUs, row.decide.wallP99Us, row.decisionsPerSecond,
    row.engineRun.wallUs, row.engineRun.cpuUs, `${ratio(row.engineRun.wallUs, row.decide.wallUs)}×`,
    row.closures.wallUs, row.validation.wallUs, `${ratio(row.decide.wallUs, row.closures.wallUs + row.validation.wallUs, 100)}×`,
  ].map(String));
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const left = (i: number) => i < 3;
  const line = (values: readonly string[]) => `| ${values.map((value, i) => (left(i) ? value.padEnd(widths[i]!) : value.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((width, i) => (left(i) ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** a ÷ b to a tenth (or to `scale`'s place: 100 for hundredths, where a target sits near the value). */
const ratio = (a: number, b: number, scale = 10) => Math.round((a / b) * scale) / scale;

/** How a decision grows with rules, for each client: the median at the most rules ÷ the median at 50. */
function growth(rows: readonly Row[]): string[] {
  return (['reason-first', 'mixed'] as const).flatMap((mix) => {
    const at = (rules: number) => rows.find((row) => row.mix === mix && row.rules === rules && row.offers === 50);
    const small = at(50);
    const large = at(5000);
    return small && large ? [`${mix}: 5,000 rules ${large.decide.wallUs} µs ÷ 50 rules ${small.decide.wallUs} µs = ${ratio(large.decide.wallUs, small.decide.wallUs)}× (CPU ${ratio(large.decide.cpuUs, small.decide.cpuUs)}×)`] : [];
  });
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}` };
console.log(`savedesk bench · ${machine.cpu} · ${machine.cores} cores · Node ${machine.node} · load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
const script = await buildMeasureScript();
const rows: Row[] = [];
for (const [rules, offers, mix] of SCENARIOS) {
  rows.push(measure(script, rules, offers, mix));
  console.log(`  measured ${rules} rules × ${offers} offers (${mix})`);
}
await rm(dirname(script), { recursive: true, force: true });
console.log(`\n${table(rows)}\n\n${growth(rows).join('\n')}\n`);
const file = join(import.meta.dirname, 'results.json');
writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, seed: SEED, msPerTask: ROUNDS * ROUND_MS, loadAverage: loadavg(), rows }, null, 2)}\n`);
console.log(`written to ${file}`);
