/**
 * Fresh PGlite ledger folders for tests without a fresh initdb each (4–8 s):
 * the first is made and migrated once per test file, closed, and copied for
 * every later one (a copy opens in under a second).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from '../../src/ledger/index';

let template: Promise<string> | undefined;
const made: string[] = [];

/** A new ledger folder, migrated, holding no data; removed by {@link removeLedgerFolders}. */
export async function freshLedgerFolder(): Promise<string> {
  template ??= (async () => {
    const folder = await tempFolder();
    await (await openLedger(`pglite:${folder}`)).close();
    return folder;
  })();
  const folder = await tempFolder();
  await cp(await template, folder, { recursive: true });
  return folder;
}

/** Removes every folder made here. */
export async function removeLedgerFolders(): Promise<void> {
  await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })));
}

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'savedesk-ledger-'));
  made.push(folder);
  return join(folder, 'data');
}
