/** The PostgreSQL database the ledger's tests may use (and empty), from SAVEDESK_TEST_POSTGRES_URL; undefined when none. */
export const postgresUrl: string | undefined = process.env.SAVEDESK_TEST_POSTGRES_URL || undefined;
