import { describe, expect, it } from 'vitest';
import { SavedeskError } from '../../src/index';
import { createLedger } from '../../src/ledger/createLedger';
import { openLedger } from '../../src/ledger/index';
import type { LedgerStore } from '../../src/ledger/store/LedgerStore';
import { memoryStore } from '../../src/ledger/store/memoryStore';
import { allOutcomes, decideAndRecord, returnOf, testDesk } from './fixtures';

const AT = '2026-11-23T10:05:00Z';

/** A memory store whose saving of a concession fails while `broken.now` is true, as a dropped connection would. */
function flakyStore(broken: { now: boolean }): LedgerStore {
  const store = memoryStore();
  return {
    ...store,
    transaction: (locks, work) =>
      store.transaction(locks, (tx) =>
        work({
          ...tx,
          saveConcession: async (concession) => {
            if (broken.now) throw new Error('Connection terminated unexpectedly');
            return tx.saveConcession(concession);
          },
        }),
      ),
  };
}

describe('the ledger fails closed', () => {
  it('accepts nothing when the store fails mid-acceptance, says so, and accepts normally once it is back', async () => {
    const broken = { now: false };
    const ledger = createLedger(flakyStore(broken));
    const desk = testDesk({ cap: { windowDays: 90, maxCount: 1 } });
    await decideAndRecord(ledger, desk, returnOf('r-1', 'c-1'));

    broken.now = true;
    const error = (await ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: AT }).catch((e: unknown) => e)) as SavedeskError;
    expect(error).toBeInstanceOf(SavedeskError);
    expect(error.code).toBe('ledger-unavailable');
    expect(error.message).toBe('The ledger cannot be reached, so nothing was recorded or accepted: Connection terminated unexpectedly');
    expect((await allOutcomes(ledger, desk.clientId))[0]!.result).toEqual({ status: 'open' });

    broken.now = false;
    expect((await ledger.accept({ desk, requestId: 'r-1', offerId: 'thirty-off', at: AT })).repeated).toBe(false);
  });

  it('cannot open a PostgreSQL server that does not answer: ledger-unavailable, not a hang or a TypeError', async () => {
    const error = (await openLedger('postgres://savedesk@127.0.0.1:1/savedesk', { connectTimeoutMs: 2_000 }).catch((e: unknown) => e)) as SavedeskError;
    expect(error).toBeInstanceOf(SavedeskError);
    expect(error.code).toBe('ledger-unavailable');
    expect(error.message).toMatch(/^The ledger cannot be reached, so nothing was recorded or accepted: .*ECONNREFUSED/);
  });

  it('refuses an address of no known scheme with invalid-input', async () => {
    const error = (await openLedger('mysql://somewhere/db').catch((e: unknown) => e)) as SavedeskError;
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^The ledger address is not one savedesk can open:/);
    expect(error.issues).toEqual([{ code: 'invalid-address', path: 'url', message: expect.stringContaining('use memory:, pglite:<folder> or postgres://') }]);
  });
});
