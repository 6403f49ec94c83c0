/**
 * The ledger's tables, as numbered migrations applied in order on open and
 * recorded in `schema_migrations`. One SQL text for PGlite and PostgreSQL
 * (PostgreSQL 15 and later): append a migration, never edit a published one.
 * Money is `numeric`, read back as decimal strings; ids compare in the "C"
 * collation so every store pages outcomes in the same order.
 */
export const migrations: readonly { readonly version: number; readonly name: string; readonly statements: readonly string[] }[] = [
  {
    version: 1,
    name: 'decisions and concessions',
    // One statement each: both drivers run parameterised queries, which take a single statement.
    statements: [
      `CREATE TABLE ledger_decisions (
        client_id text COLLATE "C" NOT NULL,
        request_id text COLLATE "C" NOT NULL,
        customer_id text COLLATE "C" NOT NULL,
        segment text,
        reason text NOT NULL,
        channel text NOT NULL,
        level text NOT NULL,
        agent_id text,
        decided_at timestamptz NOT NULL,
        currency char(3) NOT NULL,
        return_value numeric NOT NULL,
        return_loss numeric NOT NULL,
        experiment_group text,
        offers jsonb NOT NULL,
        declined_at timestamptz,
        PRIMARY KEY (client_id, request_id)
      )`,
      'CREATE INDEX ledger_decisions_by_time ON ledger_decisions (client_id, decided_at, request_id)',
      // A concession with a request is an accepted offer (one per request); one without was given
      // outside savedesk and told of by a request, and counts toward the customer's cap all the same.
      `CREATE TABLE ledger_concessions (
        id bigserial PRIMARY KEY,
        client_id text COLLATE "C" NOT NULL,
        customer_id text COLLATE "C" NOT NULL,
        request_id text COLLATE "C",
        offer_id text COLLATE "C",
        kind text,
        cost numeric NOT NULL,
        given_at timestamptz NOT NULL,
        level text,
        approved_by_id text,
        approved_by_level text,
        UNIQUE (client_id, request_id)
      )`,
      'CREATE INDEX ledger_concessions_by_customer ON ledger_concessions (client_id, customer_id, given_at)',
      'CREATE INDEX ledger_concessions_by_offer ON ledger_concessions (client_id, offer_id) WHERE request_id IS NOT NULL',
    ],
  },
];
