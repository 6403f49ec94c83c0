import { afterAll, describe, it } from 'vitest';
import { killedUnderLoadLosesNothing } from './crash';
import { freshLedgerFolder, removeLedgerFolders } from './pgliteFolder';
import { postgresUrl } from './postgresUrl';

describe('a process killed with SIGKILL while accepting loses no acknowledged acceptance', () => {
  afterAll(removeLedgerFolders);

  it('pglite: (the stale lock of the killed process is taken over on reopen)', async () => {
    await killedUnderLoadLosesNothing(`pglite:${await freshLedgerFolder()}`);
  }, 120_000);

  it.skipIf(postgresUrl === undefined)('postgres:// (skipped unless SAVEDESK_TEST_POSTGRES_URL is set)', async () => {
    await killedUnderLoadLosesNothing(postgresUrl!);
  }, 120_000);
});
