import { join } from 'node:path';
import { SavedeskConfigError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import { caseReport } from '../../node/caseReport';
import { loadCases } from '../../node/cases';
import { clientLayout, folderName } from '../../node/clientFolder';
import { listJsonFiles } from '../../node/listJsonFiles';
import { loadClient } from '../../node/loadClient';
import { runCase } from '../../node/runCase';
import { clientFoldersIn } from '../clientFolders';
import { styleOf } from '../format/style';
import type { CommandRegistration } from '../main';
import { exitCodes, type Terminal } from '../terminal';

interface Tally {
  passed: number;
  /** Cases that failed, the cases of clients that did not load included. */
  failed: number;
  /** Client folders that did not load. */
  broken: number;
  /** The failures counted for those clients: each one's case files, at least one per client. */
  brokenCases: number;
}

/** `savedesk test [dir…]`: every case of every client folder under the folders. */
export const testCommand: CommandRegistration = (program, terminal) => {
  program
    .command('test')
    .description('Run every case (cases/*.json) of every client folder (a folder with client.json) in or below the folders.')
    .argument('[dirs...]', 'folders to search', ['rules/'])
    .addHelpText('after', `
Prints one line per case, then "N passed, N failed". A client that does not
load counts as failed: each of its case files (at least one) is a failure.
Exit code: 0 all passed, 1 a case failed, 2 a client did not load.

Examples:
  savedesk test                 every client under rules/
  savedesk test rules/nordhem   one client`)
    .action(async (dirs: string[]) => {
      terminal.exitCode = await testFolders(dirs, terminal);
    });
};

async function testFolders(dirs: readonly string[], terminal: Terminal): Promise<number> {
  const folders = await clientFoldersIn(dirs);
  const tally: Tally = { passed: 0, failed: 0, broken: 0, brokenCases: 0 };
  for (const dir of folders) await testClient(dir, terminal, tally);
  const style = styleOf(terminal);
  // A runner that reads only this line must see that something failed when a client did not load.
  const closing = `${tally.passed} passed, ${tally.failed} failed`;
  const note = tally.broken > 0 ? ` ${messages.brokenClientsCounted(tally.brokenCases, tally.broken)}` : '';
  terminal.out(`${tally.failed > 0 ? style.red(closing) : style.green(closing)}${note}`);
  if (tally.broken > 0) return exitCodes.error;
  return tally.failed > 0 ? exitCodes.failed : exitCodes.ok;
}

async function testClient(dir: string, terminal: Terminal, tally: Tally): Promise<void> {
  const client = folderName(dir);
  const style = styleOf(terminal);
  const loaded = await loadClient(dir).catch((error: unknown) => {
    if (!(error instanceof SavedeskConfigError)) throw error;
    return error;
  });
  if (loaded instanceof SavedeskConfigError) {
    const cases = await listJsonFiles(join(dir, clientLayout.casesDir));
    const failed = Math.max(cases.ok ? cases.value.length : 0, 1);
    tally.broken++;
    tally.brokenCases += failed;
    tally.failed += failed;
    terminal.err(`${style.red('✗')} ${client}: ${loaded.message}`);
    return;
  }
  for (const caseFile of await loadCases(dir)) {
    const result = await runCase(loaded.desk, caseFile);
    if (result.passed) tally.passed++;
    else tally.failed++;
    terminal.out(`${result.passed ? style.green('✓') : style.red('✗')} ${client} › ${result.name}`);
    if (!result.passed) for (const line of caseReport(result)) terminal.out(`  ${line}`);
  }
}
