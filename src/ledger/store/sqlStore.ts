import { SavedeskError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import { OutcomeSchema, type Outcome } from '../../schema/outcome';
import type { Concession } from '../concession';
import type { CustomerConcession, LedgerStore, OutcomePage, StoreReads, StoreTransaction } from './LedgerStore';
import { migrations } from './migrations';
import type { SqlClient, SqlDriver } from './SqlDriver';

const shownOffers = OutcomeSchema.shape.offers;

/** Held while migrating, so two processes opening one PostgreSQL database at once migrate it once. */
const MIGRATION_LOCK = 'savedesk:schema_migrations';

/** Applies the migrations this database lacks, in one transaction. */
export async function migrate(driver: SqlDriver): Promise<void> {
  await driver.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL)');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    const latest = migrations[migrations.length - 1]!.version;
    if (current > latest) throw new SavedeskError('ledger-unavailable', messages.ledgerUnavailable(messages.ledgerNewer(current, latest)), []);
    for (const migration of migrations.filter((m) => m.version > current)) {
      for (const statement of migration.statements) await client.query(statement);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
  });
}

/**
 * The ledger on PostgreSQL or PGlite: one SQL text for both. A transaction
 * takes a transaction-scoped advisory lock per lock name before it reads, so
 * under READ COMMITTED every read after the lock sees what the previous
 * holder committed.
 */
export function sqlStore(driver: SqlDriver): LedgerStore {
  return {
    ...sqlReads(driver),
    transaction: (locks, work) =>
      driver.transaction(async (client) => {
        for (const lock of locks) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
        return work(sqlTransaction(client));
      }),
    close: () => driver.close(),
  };
}

const outcomeColumns = `
  d.client_id, d.request_id, d.customer_id, d.segment, d.reason, d.channel, d.level, d.agent_id, d.decided_at,
  d.currency, d.return_value, d.return_loss, d.experiment_group, d.offers, d.declined_at,
  c.offer_id AS accepted_offer_id, c.cost AS accepted_cost, c.given_at AS accepted_at,
  c.approved_by_id, c.approved_by_level`;
const outcomeFrom = `
  FROM ledger_decisions d
  LEFT JOIN ledger_concessions c ON c.client_id = d.client_id AND c.request_id = d.request_id`;

interface OutcomeRow {
  client_id: string;
  request_id: string;
  customer_id: string;
  segment: string | null;
  reason: string;
  channel: Outcome['channel'];
  level: string;
  agent_id: string | null;
  decided_at: Date;
  currency: string;
  return_value: string;
  return_loss: string;
  experiment_group: 'holdout' | 'treatment' | null;
  offers: Outcome['offers'] | string;
  declined_at: Date | null;
  accepted_offer_id: string | null;
  accepted_cost: string | null;
  accepted_at: Date | null;
  approved_by_id: string | null;
  approved_by_level: string | null;
}

interface ConcessionRow {
  client_id: string;
  customer_id: string;
  request_id: string;
  offer_id: string;
  kind: Concession['kind'];
  cost: string;
  given_at: Date;
  level: string;
  approved_by_id: string | null;
  approved_by_level: string | null;
}

function sqlReads(db: SqlClient): StoreReads {
  return {
    async decision(clientId, requestId) {
      const { rows } = await db.query<OutcomeRow>(`SELECT ${outcomeColumns} ${outcomeFrom} WHERE d.client_id = $1 AND d.request_id = $2`, [clientId, requestId]);
      return rows[0] && toOutcome(rows[0]);
    },
    async concessionFor(clientId, requestId) {
      const { rows } = await db.query<ConcessionRow>('SELECT * FROM ledger_concessions WHERE client_id = $1 AND request_id = $2', [clientId, requestId]);
      return rows[0] && toConcession(rows[0]);
    },
    async customerConcessions(clientId, customerId, after) {
      const { rows } = await db.query<{ given_at: Date; cost: string; offer_id: string | null; kind: string | null }>(
        `SELECT given_at, cost, offer_id, kind FROM ledger_concessions
         WHERE client_id = $1 AND customer_id = $2 AND ($3::timestamptz IS NULL OR given_at > $3::timestamptz)
         ORDER BY given_at, id`,
        [clientId, customerId, after === undefined ? null : new Date(after).toISOString()],
      );
      return rows.map((row) => ({ at: row.given_at.toISOString(), cost: row.cost, ...optional('offerId', row.offer_id), ...optional('kind', row.kind) }));
    },
    async outcomesPage(page: OutcomePage) {
      const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
      const { rows } = await db.query<OutcomeRow>(
        `SELECT ${outcomeColumns} ${outcomeFrom}
         WHERE d.client_id = $1
           AND ($2::timestamptz IS NULL OR d.decided_at >= $2::timestamptz)
           AND ($3::timestamptz IS NULL OR d.decided_at < $3::timestamptz)
           AND ($4::timestamptz IS NULL OR (d.decided_at, d.request_id) > ($4::timestamptz, $5::text))
         ORDER BY d.decided_at, d.request_id
         LIMIT $6`,
        [page.clientId, iso(page.since), iso(page.until), iso(page.after?.at), page.after?.requestId ?? '', page.limit],
      );
      return rows.map(toOutcome);
    },
  };
}

function sqlTransaction(client: SqlClient): StoreTransaction {
  return {
    ...sqlReads(client),
    async saveDecision(o) {
      await client.query(
        `INSERT INTO ledger_decisions (client_id, request_id, customer_id, segment, reason, channel, level, agent_id, decided_at,
                                       currency, return_value, return_loss, experiment_group, offers)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb)
         ON CONFLICT (client_id, request_id) DO UPDATE SET
           customer_id = EXCLUDED.customer_id, segment = EXCLUDED.segment, reason = EXCLUDED.reason, channel = EXCLUDED.channel,
           level = EXCLUDED.level, agent_id = EXCLUDED.agent_id, decided_at = EXCLUDED.decided_at, currency = EXCLUDED.currency,
           return_value = EXCLUDED.return_value, return_loss = EXCLUDED.return_loss, experiment_group = EXCLUDED.experiment_group,
           offers = EXCLUDED.offers`,
        [o.clientId, o.requestId, o.customerId, o.segment, o.reason, o.channel, o.level, o.agentId, o.at,
         o.currency, o.returnValue, o.returnLoss, o.group ?? null, JSON.stringify(o.offers)],
      );
    },
    async saveDecline(clientId, requestId, at) {
      await client.query('UPDATE ledger_decisions SET declined_at = $3 WHERE client_id = $1 AND request_id = $2', [clientId, requestId, at]);
    },
    async saveConcession(c) {
      await client.query(
        `INSERT INTO ledger_concessions (client_id, customer_id, request_id, offer_id, kind, cost, given_at, level, approved_by_id, approved_by_level)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [c.clientId, c.customerId, c.requestId, c.offerId, c.kind, c.cost, c.at, c.level, c.approvedBy?.id ?? null, c.approvedBy?.level ?? null],
      );
    },
    async saveOutsideConcessions(clientId, customerId, concessions: readonly CustomerConcession[]) {
      for (const c of concessions) {
        await client.query(
          'INSERT INTO ledger_concessions (client_id, customer_id, offer_id, kind, cost, given_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [clientId, customerId, c.offerId ?? null, c.kind ?? null, c.cost, c.at],
        );
      }
    },
    async acceptedCount(clientId, offerId) {
      const { rows } = await client.query<{ accepted: number }>(
        'SELECT count(*)::integer AS accepted FROM ledger_concessions WHERE client_id = $1 AND offer_id = $2 AND request_id IS NOT NULL',
        [clientId, offerId],
      );
      return rows[0]?.accepted ?? 0;
    },
    async timesGiven(clientId, customerId, offerId) {
      const { rows } = await client.query<{ given: number }>(
        'SELECT count(*)::integer AS given FROM ledger_concessions WHERE client_id = $1 AND customer_id = $2 AND offer_id = $3',
        [clientId, customerId, offerId],
      );
      return rows[0]?.given ?? 0;
    },
  };
}

function toOutcome(row: OutcomeRow): Outcome {
  const approvedBy = row.approved_by_level === null ? {} : { approvedBy: { ...optional('id', row.approved_by_id), level: row.approved_by_level } };
  const result: Outcome['result'] =
    row.accepted_offer_id !== null
      ? { status: 'accepted', offerId: row.accepted_offer_id, at: row.accepted_at!.toISOString(), cost: row.accepted_cost!, ...approvedBy }
      : row.declined_at !== null
        ? { status: 'declined', at: row.declined_at.toISOString() }
        : { status: 'open' };
  return {
    requestId: row.request_id,
    clientId: row.client_id,
    customerId: row.customer_id,
    segment: row.segment,
    reason: row.reason,
    channel: row.channel,
    level: row.level,
    agentId: row.agent_id,
    at: row.decided_at.toISOString(),
    currency: row.currency,
    returnValue: row.return_value,
    returnLoss: row.return_loss,
    // jsonb keeps its own key order: parsed again, each offer's keys come out in the schema's order, as from every store.
    offers: shownOffers.parse(typeof row.offers === 'string' ? JSON.parse(row.offers) : row.offers),
    ...(row.experiment_group === null ? {} : { group: row.experiment_group }),
    result,
  };
}

function toConcession(row: ConcessionRow): Concession {
  return {
    clientId: row.client_id,
    customerId: row.customer_id,
    requestId: row.request_id,
    offerId: row.offer_id,
    kind: row.kind,
    cost: row.cost,
    at: row.given_at.toISOString(),
    level: row.level,
    ...(row.approved_by_level === null ? {} : { approvedBy: { ...optional('id', row.approved_by_id), level: row.approved_by_level } }),
  };
}

/** `{ [name]: value }`, or nothing when the value is null: optional fields stay absent, as zod's output has them. */
function optional<Name extends string>(name: Name, value: string | null): { [K in Name]?: string } {
  return (value === null ? {} : { [name]: value }) as { [K in Name]?: string };
}
