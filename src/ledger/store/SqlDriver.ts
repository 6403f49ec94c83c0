/** Runs SQL with `$1`-style parameters: a connection, or one inside a transaction. */
export interface SqlClient {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/** A database the SQL store runs on: PGlite in this process, or a PostgreSQL server through `pg`. */
export interface SqlDriver extends SqlClient {
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
