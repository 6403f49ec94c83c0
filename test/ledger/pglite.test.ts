import { afterAll } from 'vitest';
import { openLedger } from '../../src/ledger/index';
import { ledgerContract } from './contract';
import { freshLedgerFolder, removeLedgerFolders } from './pgliteFolder';

ledgerContract('pglite:', async () => openLedger(`pglite:${await freshLedgerFolder()}`));
afterAll(removeLedgerFolders);
