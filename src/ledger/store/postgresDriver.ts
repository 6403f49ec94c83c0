import type { SqlClient, SqlDriver } from './SqlDriver';

/** The type id of PostgreSQL's `numeric`. */
const NUMERIC_OID = 1700;

/** Connection settings for a PostgreSQL server. */
export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
  /** How long to wait for a connection, from the pool or the server, before the call fails closed (default 5 000 ms). */
  readonly connectTimeoutMs?: number;
}

/**
 * A PostgreSQL server through `pg`'s pool: a transaction is BEGIN … COMMIT on
 * one pooled connection (each connection is its own session, so this is safe,
 * unlike on PGlite). `numeric` is read as a decimal string, never a float.
 */
export async function postgresDriver(url: string, options: PostgresOptions = {}): Promise<SqlDriver> {
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === NUMERIC_OID ? (text: string) => text : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  // An idle connection the server drops must not crash the host: the next query fails closed instead.
  pool.on('error', () => undefined);
  return {
    query: async (sql, params) => pool.query(sql, params as unknown[]),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => client.query(sql, params as unknown[]) } as SqlClient);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection whose ROLLBACK fails is broken: destroy it rather than return it to the pool.
        const broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        );
        client.release(broken);
        throw error;
      }
    },
    close: () => pool.end(),
  } as SqlDriver;
}
