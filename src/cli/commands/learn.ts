import { indexAcceptance } from '../../learning/acceptanceIndex';
import { learnAcceptance } from '../../learning/learnAcceptance';
import { readClientFolder } from '../../node/clientFolder';
import { folderDesk } from '../../node/folderDesk';
import type { Outcome } from '../../schema/outcome';
import type { CommandRegistration } from '../main';
import { learnSummary } from '../learn/learnSummary';
import { openOutcomeSource } from '../outcomes/outcomeSource';
import { skippedLines } from '../replay/skippedLines';
import { writeAtomically } from '../../node/writeAtomically';

interface LearnOptions {
  outcomes?: string;
  ledger?: string;
  priorWeight: string;
  halfLifeDays: string;
  asOf?: string;
  dryRun?: boolean;
}

/** `savedesk learn <client-dir> (--outcomes <file> | --ledger <url>)`: learn what customers accept and write acceptance.json. */
export const learnCommand: CommandRegistration = (program, terminal) => {
  program
    .command('learn')
    .description("Learn what customers accept from outcomes and write the client folder's acceptance.json.")
    .argument('<client-dir>', 'the client folder, e.g. rules/nordhem')
    .option('--outcomes <file>', 'the outcomes, one JSON outcome per line (NDJSON, as the ledger exports them); a .gz file is gunzipped')
    .option('--ledger <url>', "read the client's outcomes from a ledger: pglite:<folder> or postgres://user@host:port/database")
    .option('--prior-weight <customers>', 'how many customers the catalog\'s acceptRate is worth', '20')
    .option('--half-life-days <days>', 'an outcome this many days older than the newest counts half', '90')
    .option('--as-of <date-time>', 'decay from this time instead of the newest outcome (outcomes after it are left out)')
    .option('--dry-run', 'print what would move, write nothing')
    .addHelpText('after', `
Writes <client-dir>/acceptance.json, which loadClient, savedesk test and
savedesk decide then rank by, and prints what moved: each offer × reason's rate
before (the previous acceptance.json, else the catalog's prior) and after, with
the number of outcomes behind it. Review it like any rule change: the cases in
<client-dir>/cases still have to pass. A line that is not a valid outcome is
reported with its number and skipped.
With --ledger, the outcomes of this client (client.json's client.id) are read.
Exit code: 0, or 2 when the client does not load or the outcomes cannot be read.

Examples:
  savedesk learn rules/nordhem --outcomes outcomes.ndjson.gz
  savedesk learn rules/nordhem --ledger pglite:.savedesk/ledger
  savedesk learn rules/nordhem --outcomes outcomes.ndjson --half-life-days 30 --dry-run`)
    .action(async (dir: string, options: LearnOptions) => {
      // A stale acceptance.json (an offer since removed) must not stop the folder from learning again.
      const folder = await readClientFolder(dir, {}, { acceptance: false });
      folderDesk(folder);
      const previous = await readClientFolder(dir).then((read) => read.acceptance, () => undefined);
      const skipped = skippedLines(terminal);
      const source = await openOutcomeSource({ outcomes: options.outcomes, ledger: options.ledger, clientId: folder.config.client.id }, (issues) => skipped.skip(issues));
      const outcomes: Outcome[] = [];
      try {
        for await (const outcome of source.outcomes) outcomes.push(outcome);
      } finally {
        await source.close();
      }
      skipped.finish();
      const model = learnAcceptance(outcomes, folder.config, {
        priorWeight: Number(options.priorWeight),
        halfLifeDays: Number(options.halfLifeDays),
        ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      });
      for (const line of learnSummary(model, indexAcceptance(previous, folder.config.policy), folder.config)) terminal.out(line);
      if (options.dryRun === true) return;
      const schema = folder.config.$schema?.replace(/client\.schema\.json$/, 'acceptance.schema.json');
      await writeAtomically(folder.acceptanceFile, `${JSON.stringify({ ...(schema === undefined ? {} : { $schema: schema }), ...model }, null, 2)}\n`);
      terminal.out(`wrote ${folder.acceptanceFile}`);
    });
};
