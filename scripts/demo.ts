/**
 * `npm run demo [-- --json]`: what an agent's screen shows for a sample
 * "cushions too firm" call to the bundled furniture client (rules/nordhem):
 * the ranked offers as a table, what was withheld, the guidance and the
 * follow-ups; `--json` prints the decision itself.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Command } from 'commander';
import { decisionTable } from '../src/cli/format/decisionTable';
import { processTerminal } from '../src/cli/terminal';
import { loadClient } from '../src/node/index';

const root = join(import.meta.dirname, '..');
const clientDir = join(root, 'rules', 'nordhem');
const requestFile = join(root, 'examples', 'requests', 'nordhem-too-firm.json');

const { json } = new Command('demo')
  .description("Decide a sample return for the bundled furniture client and print what an agent's screen would show.")
  .option('--json', 'print the decision as JSON instead')
  .addHelpText('after', `
The client is ${relative(root, clientDir)}, the request ${relative(root, requestFile)}.`)
  .parse()
  .opts<{ json?: boolean }>();

const { desk } = await loadClient(clientDir);
const decision = await desk.decide(JSON.parse(readFileSync(requestFile, 'utf8')));
const terminal = processTerminal();
if (json) {
  terminal.out(JSON.stringify(decision, null, 2));
} else {
  for (const line of decisionTable(decision, terminal)) terminal.out(line);
  terminal.out('');
  terminal.out(`The decision as JSON: npm run demo -- --json, or npx savedesk decide ${relative(root, clientDir)} ${relative(root, requestFile)}`);
}
