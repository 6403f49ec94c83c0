import { describeIssue, SavedeskConfigError } from '../../errors/SavedeskError';
import { messages, plural } from '../../errors/messages';
import { lintClient } from '../../node/lint/lintClient';
import { clientFoldersIn } from '../clientFolders';
import { styleOf } from '../format/style';
import type { CommandRegistration } from '../main';
import { exitCodes } from '../terminal';

/** `savedesk lint [dir…]`: what is probably a mistake in every client folder under the folders, though each loads. */
export const lintCommand: CommandRegistration = (program, terminal) => {
  program
    .command('lint')
    .description('Warn about what is probably a mistake in every client folder (a folder with client.json) in or below the folders, although it loads.')
    .argument('[dirs...]', 'folders to search', ['rules/'])
    .option('--strict', 'exit with 1 when there are warnings')
    .addHelpText('after', `
Warns about: an offer no rule proposes; an offer a rule proposes that the
catalog's own constraints always withhold (sales kind, stock 0, reasons); a
fact or operator savedesk does not provide (the host must register it), with
the name it was probably meant to be; a condition whose value is not of its
fact's type (returnValue greaterThan "lots", an array fact with equal); rules
sharing a name; a level nobody acts at or asks for; a customer cap below a
level's limit.
Exit code: 0 (1 with --strict and warnings), 2 when a client does not load.

Examples:
  savedesk lint                 every client under rules/
  savedesk lint rules/nordhem   one client`)
    .action(async (dirs: string[], options: { strict?: boolean }) => {
      const style = styleOf(terminal);
      const folders = await clientFoldersIn(dirs);
      let warned = 0;
      let broken = 0;
      for (const dir of folders) {
        const warnings = await lintClient(dir).catch((error: unknown) => {
          if (!(error instanceof SavedeskConfigError)) throw error;
          broken++;
          terminal.err(`${style.red('✗')} ${dir}: ${error.message}`);
          return null;
        });
        if (warnings === null) continue;
        warned += warnings.length;
        terminal.out(warnings.length === 0 ? `${style.green('✓')} ${dir}: no warnings` : `${style.yellow('!')} ${dir}: ${plural(warnings.length, 'warning')}`);
        for (const warning of warnings) terminal.out(describeIssue(warning));
      }
      if (folders.length > 1) terminal.out(messages.lintTally(folders.length, warned, broken));
      if (broken > 0) terminal.exitCode = exitCodes.error;
      else if (options.strict && warned > 0) terminal.exitCode = exitCodes.failed;
    });
};
