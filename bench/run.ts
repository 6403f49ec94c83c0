/**
 * `npm run bench`: the cost of one `decide` for synthetic clients of
 * 10 / 50 / 200 rules (about three conditions each) × 10 / 50 / 500 catalog
 * offers, next to json-rules-engine's `Engine.run` alone on the same rules and
 * facts, measured in the same run. Prints a table and writes
 * bench/results.json with the machine it ran on. Not a test: timings depend
 * on the machine and on what else it is doing.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { build } from 'tsup';
import { ROUND_MS, ROUNDS, SEED, type Row } from './measureScenario';

new Command('bench')
  .description('Time decide against json-rules-engine\'s Engine.run alone, for synthetic clients of 10-200 rules and 10-500 offers (about a minute).')
  .addHelpText('after', '\nPrints a table and writes bench/results.json. Not a test: timings depend on the machine.')
  .parse();

const RULES = [10, 50, 200] as const;
const OFFERS = [10, 50, 500] as const;

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
function measure(script: string, rules: number, offers: number): Row {
  const output = execFileSync(process.execPath, [script, String(rules), String(offers)], { encoding: 'utf8' });
  return JSON.parse(output) as Row;
}

function table(rows: readonly Row[]): string {
  const header = ['rules', 'offers', 'decide median µs', 'decide p99 µs', 'decisions/s (1 core)', 'Engine.run median µs', 'Engine.run p99 µs', 'Engine.run ÷ decide'];
  const cells = rows.map((row) => [row.rules, row.offers, row.decideMedianUs, row.decideP99Us, row.decisionsPerSecond, row.engineRunMedianUs, row.engineRunP99Us, `${row.ratio}×`].map(String));
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: readonly string[]) => `| ${values.map((value, i) => (i < 2 ? value.padEnd(widths[i]!) : value.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((width, i) => (i < 2 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`, ...cells.map(line)].join('\n');
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}` };
console.log(`savedesk bench · ${machine.cpu} · ${machine.cores} cores · Node ${machine.node}\n`);
const script = await buildMeasureScript();
const rows: Row[] = [];
for (const rules of RULES) {
  for (const offers of OFFERS) {
    rows.push(measure(script, rules, offers));
    console.log(`  measured ${rules} rules × ${offers} offers`);
  }
}
await rm(dirname(script), { recursive: true, force: true });
console.log(`\n${table(rows)}\n`);
const file = join(import.meta.dirname, 'results.json');
writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, seed: SEED, msPerTask: ROUNDS * ROUND_MS, rows }, null, 2)}\n`);
console.log(`written to ${file}`);
