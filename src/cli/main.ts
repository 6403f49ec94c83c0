import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { SavedeskError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { decideCommand } from './commands/decide';
import { learnCommand } from './commands/learn';
import { ledgerCommand } from './commands/ledger';
import { lintCommand } from './commands/lint';
import { replayCommand } from './commands/replay';
import { reportCommand } from './commands/report';
import { schemaCommand } from './commands/schema';
import { signalsCommand } from './commands/signals';
import { testCommand } from './commands/test';
import { exitCodes, type Terminal } from './terminal';

/** A CLI command: adds itself to the program. One per file in `src/cli/commands/`. */
export type CommandRegistration = (program: Command, terminal: Terminal) => void;

/** Every command, in the order `savedesk --help` lists them. A new command is one file and one entry here. */
const commands: readonly CommandRegistration[] = [testCommand, decideCommand, lintCommand, schemaCommand, replayCommand, learnCommand, reportCommand, ledgerCommand, signalsCommand];

/** The `savedesk` program, writing to `terminal`; it never exits the process itself. */
export function createProgram(terminal: Terminal): Command {
  const program = new Command('savedesk')
    .description('Test, run and check savedesk client folders (client.json, rules/*.json, cases/*.json).')
    .version(version)
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => terminal.out(text.trimEnd()),
      writeErr: (text) => terminal.err(text.trimEnd()),
    });
  for (const register of commands) register(program, terminal);
  return program;
}

/**
 * Runs the CLI with the arguments after `savedesk` and returns the exit code.
 * What savedesk reports on purpose (a `SavedeskError`) is printed as its
 * sentence and problem list; anything else as one line. Never a stack trace.
 */
export async function run(args: readonly string[], terminal: Terminal): Promise<number> {
  try {
    await createProgram(terminal).parseAsync(args, { from: 'user' });
    return terminal.exitCode;
  } catch (error) {
    // Commander has already printed its usage error, help or version.
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.error;
    terminal.err(error instanceof SavedeskError ? error.message : messages.unexpected(error instanceof Error ? error.message : String(error)));
    return exitCodes.error;
  }
}
