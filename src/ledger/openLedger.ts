import { SavedeskError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { createLedger } from './createLedger';
import { guard } from './guard';
import type { Ledger } from './Ledger';
import type { LedgerStore } from './store/LedgerStore';
import { memoryStore } from './store/memoryStore';
import type { SqlDriver } from './store/SqlDriver';
import { migrate, sqlStore } from './store/sqlStore';

/** Options for {@link openLedger}; they apply to PostgreSQL only. */
export interface LedgerOptions {
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
  /**
   * How long a call waits for a connection — a free one in the pool, or a new one from the server —
   * before it fails closed with `ledger-unavailable` (default 5 000 ms).
   */
  readonly connectTimeoutMs?: number;
}

/**
 * Opens a ledger:
 *
 * - `memory:` — in this process's memory, gone when it ends (tests, trials);
 * - `pglite:<folder>` — embedded PostgreSQL (PGlite, WASM) in a data folder,
 *   nothing to install or start; one process at a time holds the folder;
 * - `postgres://user:password@host:port/database` (or `postgresql://`) — a
 *   PostgreSQL server (15 or later), for many processes and agents.
 *
 * The drivers (`@electric-sql/pglite`, `pg`) are optional peer dependencies,
 * loaded only for their scheme. The tables are created or migrated on open.
 * @throws SavedeskError `invalid-input` for an address of no known scheme.
 * @throws SavedeskError `ledger-unavailable` when the store cannot be reached or its driver is not installed,
 *   `ledger-locked` when another process holds the PGlite folder.
 * @example
 * ```ts
 * const ledger = await openLedger('pglite:.savedesk/ledger');
 * const request = await ledger.withHistory(desk.clientId, rawRequest);
 * const decision = await desk.decide(request);
 * await ledger.record(decision, request, { desk });
 * const { concession } = await ledger.accept({ desk, requestId: decision.requestId, offerId, at: new Date().toISOString() });
 * ```
 */
export async function openLedger(url: string, options: LedgerOptions = {}): Promise<Ledger> {
  return createLedger(await openStore(url, options));
}

async function openStore(url: string, options: LedgerOptions): Promise<LedgerStore> {
  if (url === 'memory:') return memoryStore();
  if (url.startsWith('pglite:') && url.length > 'pglite:'.length) {
    const { pgliteDriver } = await import('./store/pgliteDriver');
    return sqlOpen(() => pgliteDriver(url.slice('pglite:'.length)), '@electric-sql/pglite');
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { postgresDriver } = await import('./store/postgresDriver');
    return sqlOpen(() => postgresDriver(url, options), 'pg');
  }
  throw new SavedeskError('invalid-input', messages.ledgerAddress, [{ code: 'invalid-address', path: 'url', message: messages.ledgerUrl(url) }]);
}

/** Opens a SQL driver and migrates it; a driver that is not installed, or a database that cannot be reached, is `ledger-unavailable`. */
async function sqlOpen(open: () => Promise<SqlDriver>, driverPackage: string): Promise<LedgerStore> {
  const driver = await guard(() =>
    open().catch((error: NodeJS.ErrnoException) => {
      const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(driverPackage);
      throw missing ? new Error(messages.ledgerDriverMissing(driverPackage.startsWith('@') ? 'pglite:' : 'postgres:', driverPackage)) : error;
    }),
  );
  try {
    await guard(() => migrate(driver));
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return sqlStore(driver);
}
