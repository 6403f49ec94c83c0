import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SavedeskError } from '../../src/index';
import { openLedger } from '../../src/ledger/index';
import { ledgerContract } from './contract';
import { allOutcomes, decideAndRecord, returnOf, testDesk } from './fixtures';
import { postgresUrl } from './postgresUrl';

if (postgresUrl === undefined) {
  describe('ledger contract: postgres://', () => {
    it.skip('skipped: set SAVEDESK_TEST_POSTGRES_URL to a PostgreSQL database to run it (.ci/run starts one)', () => {});
  });
} else {
  ledgerContract('postgres://', () => openLedger(postgresUrl!, { poolSize: 20 }));

  describe('ledger on postgres:// when the server goes away', () => {
    it('accepts nothing while the server drops and refuses connections, says so, and half-accepts nothing', async () => {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      const database = `savedesk_gone_${randomUUID().slice(0, 8)}`;
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(postgresUrl!);
      url.pathname = `/${database}`;
      const ledger = await openLedger(url.toString(), { connectTimeoutMs: 2_000 });
      try {
        const desk = testDesk();
        await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));

        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
        const error = (await ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: '2026-11-23T10:05:00Z' }).catch((e: unknown) => e)) as SavedeskError;
        expect(error).toBeInstanceOf(SavedeskError);
        expect(error.code).toBe('ledger-unavailable');

        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
        expect((await allOutcomes(ledger, desk.clientId))[0]!.result).toEqual({ status: 'open' });
        expect((await ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: '2026-11-23T10:05:00Z' })).repeated).toBe(false);
      } finally {
        await ledger.close();
        await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
        await admin.end();
      }
    });
  });
}
