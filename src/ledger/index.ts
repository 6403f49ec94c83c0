/**
 * The ledger: decisions, acceptances and concessions kept in a database, so
 * that money limits hold between calls. `decide` reads (through
 * `withHistory`), `accept` enforces. Node only; `@electric-sql/pglite` and
 * `pg` are optional peer dependencies, loaded for their scheme.
 * @module savedesk/ledger
 */
export { openLedger, type LedgerOptions } from './openLedger';
export type { Ledger, AcceptInput, Accepted, DeclineInput, OutcomeQuery, RecordOptions } from './Ledger';
export { ConcessionSchema, ApproverSchema, type Concession, type Approver } from './concession';
