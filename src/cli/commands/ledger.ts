import { openLedger } from '../../ledger/openLedger';
import { OutcomeQuerySchema, parseInput } from '../../ledger/inputs';
import type { CommandRegistration } from '../main';

interface ExportOptions {
  client: string;
  since?: string;
  until?: string;
}

/** `savedesk ledger export <url> --client <id>`: a client's outcomes from a ledger, as NDJSON on standard output. */
export const ledgerCommand: CommandRegistration = (program, terminal) => {
  const ledger = program.command('ledger').description('Read a savedesk ledger (decisions, acceptances, concessions).');
  ledger
    .command('export')
    .description("Write one client's decisions and what became of them, one Outcome JSON per line (NDJSON), oldest first.")
    .argument('<url>', 'the ledger: pglite:<folder> or postgres://user@host:port/database')
    .requiredOption('--client <id>', 'the client whose outcomes to export')
    .option('--since <date-time>', 'decisions made at or after this ISO date-time')
    .option('--until <date-time>', 'decisions made before this ISO date-time')
    .addHelpText('after', `
The lines are what \`learn\` and \`report\` read with --outcomes <file>.
Exit code: 0, or 2 when the ledger cannot be opened or an option is invalid.

Examples:
  savedesk ledger export pglite:.savedesk/ledger --client nordhem > outcomes.ndjson
  savedesk ledger export postgres://savedesk@127.0.0.1:5432/savedesk --client nordhem --since 2026-10-01T00:00:00Z | gzip > outcomes.ndjson.gz`)
    .action(async (url: string, options: ExportOptions) => {
      const query = parseInput(OutcomeQuerySchema, { clientId: options.client, since: options.since, until: options.until });
      const opened = await openLedger(url);
      try {
        for await (const outcome of opened.outcomes(query)) terminal.out(JSON.stringify(outcome));
      } finally {
        await opened.close();
      }
    });
};
