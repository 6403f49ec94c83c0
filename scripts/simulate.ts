/**
 * `npm run simulate -- [--seed 1] [--rounds 8] [--round-size 1000] [--no-explore] [--holdout 10] [--out outcomes.ndjson]`:
 * a seeded world whose customers accept offers at hidden rates that the
 * catalog's priors get wrong; rounds of decide → outcome → record → learn,
 * printing after each round how close the learned ranking is to an oracle's
 * and the holdout's measured lift next to the true one.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { columns } from '../src/cli/format/columns';
import { SavedeskError } from '../src/index';
import { openLedger } from '../src/ledger/index';
import { simulate, type RoundReport } from './simulate/run';
import { worldConfig } from './simulate/world';

const whole = (name: string) => (text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
  return value;
};

const program = new Command('simulate')
  .description('Simulate learning what customers accept: decide, record the outcome, learn, and compare with an oracle that knows the truth.')
  .option('--seed <n>', 'seed of the world and of every draw', whole('--seed'), 1)
  .option('--rounds <n>', 'rounds of decide → outcome → learn', whole('--rounds'), 8)
  .option('--round-size <n>', 'decisions per round', whole('--round-size'), 1000)
  .option('--no-explore', 'rank by the learned mean only (no Thompson sampling)')
  .option('--holdout <percent>', 'share of customers in the holdout (0 for none)', whole('--holdout'), 10)
  .option('--evaluation <n>', 'requests the ranking is scored on after each round', whole('--evaluation'), 1000)
  .option('--ledger <url>', 'record decisions and outcomes in this ledger (memory:, pglite:<folder>, postgres://…)', 'memory:')
  .option('--out <file>', 'also write every outcome to this NDJSON file (for savedesk learn and savedesk report)')
  .option('--client <dir>', 'also write the simulated client as a client folder (client.json, rules/), for savedesk learn and savedesk report')
  .exitOverride()
  .addHelpText('after', `
Decisions and outcomes are recorded in the ledger (--ledger; a pglite: folder
keeps them for savedesk learn --ledger and savedesk report --ledger).
Columns: outcomes recorded so far; expected saving of the current ranking as a
share of the oracle's (exploration off, 1,000 fixed requests), and the regret:
what it expects to save less than the oracle, per call; the holdout lift
(treatment save rate − holdout save rate) with its 95% Newcombe interval; the
true lift of the offers shown so far.

Examples:
  npm run simulate
  npm run simulate -- --no-explore --rounds 12 --out outcomes.ndjson
  npm run simulate -- --out sim/outcomes.ndjson --client sim/simworld && savedesk learn sim/simworld --outcomes sim/outcomes.ndjson`);

try {
  program.parse(process.argv.slice(2), { from: 'user' });
} catch (error) {
  process.exit(error instanceof CommanderError && error.exitCode === 0 ? 0 : 2);
}
const options = program.opts<{ seed: number; rounds: number; roundSize: number; explore: boolean; holdout: number; evaluation: number; ledger: string; out?: string; client?: string }>();

if (options.client !== undefined) {
  const { rules, ...client } = worldConfig({ explore: options.explore, holdoutPercent: options.holdout });
  await mkdir(join(options.client, 'rules'), { recursive: true });
  await writeFile(join(options.client, 'client.json'), `${JSON.stringify(client, null, 2)}\n`);
  await writeFile(join(options.client, 'rules', 'offers.json'), `${JSON.stringify(rules, null, 2)}\n`);
  console.log(`wrote the client folder ${options.client}`);
}

const ledger = await openLedger(options.ledger).catch((error: unknown) => {
  // What savedesk refuses on purpose is one sentence for a person, not a stack trace.
  console.error(error instanceof SavedeskError ? error.message : String(error));
  process.exit(2);
});
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const signed = (share: number) => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}`;
const rows: string[][] = [['round', 'outcomes', 'saving vs oracle', 'regret $/call', 'holdout lift [95% CI]', 'true lift']];
const row = (report: RoundReport) => [
  String(report.round),
  String(report.outcomes),
  percent(report.savingShare),
  report.regret.toFixed(2),
  report.lift === null ? '–' : `${signed(report.lift.estimate)} [${signed(report.lift.low)}, ${signed(report.lift.high)}] pts`,
  report.trueLift === null ? '–' : `${signed(report.trueLift)} pts`,
];

console.log(`seed ${options.seed}, exploration ${options.explore ? 'on (Thompson)' : 'off'}, holdout ${options.holdout}%, ${options.rounds} rounds of ${options.roundSize}`);
for await (const report of simulate({
  seed: options.seed,
  rounds: options.rounds,
  roundSize: options.roundSize,
  explore: options.explore,
  holdoutPercent: options.holdout,
  evaluationSize: options.evaluation,
  ledger,
})) {
  rows.push(row(report));
  // Reprint the table so far: a round takes a few seconds and a person wants to watch it move.
  console.log(columns([rows[0]!, rows.at(-1)!], [false, true, true, true, true, true]).at(-1));
}
console.log(`\n${columns(rows, [false, true, true, true, true, true]).join('\n')}`);
if (options.out !== undefined) {
  await mkdir(dirname(options.out), { recursive: true });
  const out: WriteStream = createWriteStream(options.out);
  for await (const outcome of ledger.outcomes({ clientId: 'simworld' })) if (!out.write(`${JSON.stringify(outcome)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  console.log(`\nwrote ${options.out}`);
}
await ledger.close();
