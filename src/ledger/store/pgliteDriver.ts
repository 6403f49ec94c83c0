import type { SqlDriver } from './SqlDriver';
import { lockFolder } from './folderLock';

/**
 * PGlite (PostgreSQL compiled to WASM) on a data folder, in this process. One
 * connection: every transaction goes through `db.transaction()`, which
 * serialises them; a hand-written BEGIN from concurrent callers would
 * interleave and break the cap. The folder is locked for this process.
 */
export async function pgliteDriver(folder: string): Promise<SqlDriver> {
  const { PGlite } = await import('@electric-sql/pglite');
  const unlock = await lockFolder(folder);
  try {
    const db = await PGlite.create(folder);
    return {
      query: (sql, params) => db.query(sql, params as unknown[]),
      transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params as unknown[]) })),
      close: async () => {
        await db.close();
        await unlock();
      },
    } as SqlDriver;
  } catch (error) {
    await unlock();
    throw error;
  }
}
