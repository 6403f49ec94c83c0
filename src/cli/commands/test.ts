import { SavedeskConfigError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import { caseReport } from '../../node/caseReport';
import { loadCases } from '../../node/cases';
import { folderName } from '../../node/clientFolder';
import { findClientFolders } from '../../node/findClientFolders';
import { loadClient } from '../../node/loadClient';
import { runCase } from '../../node/runCase';
import type { CommandRegistration } from '../main';
import { exitCodes, type Terminal } from '../terminal';

interface Tally {
  passed: number;
  failed: number;
  /** Client folders that did not load. */
  broken: number;
}

/** `savedesk test [dir…]`: every case of every client folder under the folders. */
export const testCommand: CommandRegistration = (program, terminal) => {
  program
    .command('test')
    .description('Run every case (cases/*.json) of every client folder (a folder with client.json) in or below the folders.')
    .argument('[dirs...]', 'folders to search', ['rules/'])
    .addHelpText('after', `
Prints one line per case, then "N passed, N failed".
Exit code: 0 all passed, 1 a case failed, 2 a client did not load.

Examples:
  savedesk test                 every client under rules/
  savedesk test rules/nordhem   one client`)
    .action(async (dirs: string[]) => {
      terminal.exitCode = await testFolders(dirs, terminal);
    });
};

async function testFolders(dirs: readonly string[], terminal: Terminal): Promise<number> {
  const folders = await findClientFolders(dirs);
  if (folders.length === 0) throw new SavedeskConfigError(dirs.map((dir) => ({ code: 'no-client-folder' as const, file: dir, path: '', message: messages.noClientFolder })));
  const tally: Tally = { passed: 0, failed: 0, broken: 0 };
  for (const dir of folders) await testClient(dir, terminal, tally);
  terminal.out(`${tally.passed} passed, ${tally.failed} failed`);
  if (tally.broken > 0) return exitCodes.error;
  return tally.failed > 0 ? exitCodes.failed : exitCodes.ok;
}

async function testClient(dir: string, terminal: Terminal, tally: Tally): Promise<void> {
  const client = folderName(dir);
  const loaded = await loadClient(dir).catch((error: unknown) => {
    if (!(error instanceof SavedeskConfigError)) throw error;
    tally.broken++;
    terminal.err(`✗ ${client}: ${error.message}`);
    return null;
  });
  if (!loaded) return;
  for (const caseFile of await loadCases(dir)) {
    const result = await runCase(loaded.desk, caseFile);
    if (result.passed) tally.passed++;
    else tally.failed++;
    terminal.out(`${result.passed ? '✓' : '✗'} ${client} › ${result.name}`);
    if (!result.passed) for (const line of caseReport(result)) terminal.out(`  ${line}`);
  }
}
