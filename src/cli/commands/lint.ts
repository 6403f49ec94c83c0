import { describeIssue } from '../../errors/SavedeskError';
import { plural } from '../../errors/messages';
import { lintClient } from '../../node/lint/lintClient';
import type { CommandRegistration } from '../main';
import { exitCodes } from '../terminal';

/** `savedesk lint <client-dir>`: what is probably a mistake, though the client loads. */
export const lintCommand: CommandRegistration = (program, terminal) => {
  program
    .command('lint')
    .description('Warn about what is probably a mistake in a client folder, although it loads.')
    .argument('<client-dir>', 'the client folder, e.g. rules/nordhem')
    .option('--strict', 'exit with 1 when there are warnings')
    .addHelpText('after', `
Warns about: an offer no rule proposes; an offer a rule proposes that the
catalog's own constraints always withhold (sales kind, stock 0, reasons); a
fact or operator savedesk does not provide (the host must register it);
rules sharing a name; a level nobody acts at or asks for.
Exit code: 0 (1 with --strict and warnings), 2 when the client does not load.

Example:
  savedesk lint rules/nordhem`)
    .action(async (dir: string, options: { strict?: boolean }) => {
      const warnings = await lintClient(dir);
      terminal.out(warnings.length === 0 ? `${dir}: no warnings` : `${dir}: ${plural(warnings.length, 'warning')}`);
      for (const warning of warnings) terminal.out(describeIssue(warning));
      if (options.strict && warnings.length > 0) terminal.exitCode = exitCodes.failed;
    });
};
