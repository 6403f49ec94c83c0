import { execFile, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SavedeskError } from '../../src/index';
import { openLedger } from '../../src/ledger/index';
import { decideAndRecord, returnOf, testDesk } from './fixtures';
import { freshLedgerFolder, removeLedgerFolders } from './pgliteFolder';

const openOnce = fileURLToPath(new URL('./support/openOnce.ts', import.meta.url));

/** What another process says when it opens the ledger at `url`. */
async function openElsewhere(url: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', openOnce, url]);
  return stdout.trim();
}

describe('a PGlite folder is held by one process', () => {
  afterAll(removeLedgerFolders);

  it('refuses a second opener, in this process or another, with ledger-locked naming the holder; frees the folder on close', async () => {
    const url = `pglite:${await freshLedgerFolder()}`;
    const ledger = await openLedger(url);
    const error = (await openLedger(url).catch((e: unknown) => e)) as SavedeskError;
    expect(error).toBeInstanceOf(SavedeskError);
    expect(error.code).toBe('ledger-locked');
    expect(error.message).toContain(`in use by process ${process.pid}`);
    expect(await openElsewhere(url)).toBe('ledger-locked');

    // The holder still works, and what it recorded is there for the next holder.
    const desk = testDesk();
    await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));
    await ledger.close();
    expect(await openElsewhere(url)).toBe('opened');
    const again = await openLedger(url);
    expect((await again.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: '2026-11-23T10:05:00Z' })).repeated).toBe(false);
    await again.close();
  }, 120_000);

  it('takes over the lock of a process that is gone', async () => {
    const folder = await freshLedgerFolder();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    await writeFile(join(folder, 'savedesk.lock'), String(gone));
    await (await openLedger(`pglite:${folder}`)).close();
  }, 120_000);
});
