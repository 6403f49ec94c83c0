import type { Outcome } from '../../schema/outcome';
import type { Concession } from '../concession';
import { KeyedMutex } from './keyedMutex';
import type { CustomerConcession, LedgerStore, OutcomePage, StoreReads, StoreTransaction } from './LedgerStore';

interface Tables {
  /** Decisions as recorded (result open), by client and request. */
  readonly decisions: Map<string, Outcome>;
  /** When a decision was declined, by client and request. */
  readonly declines: Map<string, string>;
  /** Accepted offers, by client and request. */
  readonly concessions: Map<string, Concession>;
  /** Every concession of a customer (recorded or told of), by client and customer. */
  readonly byCustomer: Map<string, CustomerConcession[]>;
  /** How many times each offer was accepted, by client and offer. */
  readonly accepted: Map<string, number>;
}

const key = (a: string, b: string) => JSON.stringify([a, b]);

/**
 * The ledger in this process's memory, for tests and trials: gone when the
 * process ends. Atomic per lock name with an async mutex; what a transaction
 * saves is applied only when its work succeeds.
 */
export function memoryStore(): LedgerStore {
  const tables: Tables = { decisions: new Map(), declines: new Map(), concessions: new Map(), byCustomer: new Map(), accepted: new Map() };
  const mutex = new KeyedMutex();
  const reads = memoryReads(tables);
  return {
    ...reads,
    async transaction(locks, work) {
      const release = await mutex.acquire(locks);
      try {
        const pending: (() => void)[] = [];
        const result = await work(memoryTransaction(tables, reads, pending));
        for (const apply of pending) apply();
        return result;
      } finally {
        release();
      }
    },
    close: async () => {},
  };
}

function memoryReads(tables: Tables): StoreReads {
  const withResult = (outcome: Outcome): Outcome => {
    const id = key(outcome.clientId, outcome.requestId);
    const concession = tables.concessions.get(id);
    const declinedAt = tables.declines.get(id);
    const result: Outcome['result'] = concession
      ? { status: 'accepted', offerId: concession.offerId, at: concession.at, cost: concession.cost, ...(concession.approvedBy ? { approvedBy: concession.approvedBy } : {}) }
      : declinedAt !== undefined
        ? { status: 'declined', at: declinedAt }
        : { status: 'open' };
    return structuredClone({ ...outcome, result });
  };
  return {
    decision: async (clientId, requestId) => {
      const outcome = tables.decisions.get(key(clientId, requestId));
      return outcome && withResult(outcome);
    },
    concessionFor: async (clientId, requestId) => structuredClone(tables.concessions.get(key(clientId, requestId))),
    customerConcessions: async (clientId, customerId, after = -Infinity) =>
      structuredClone((tables.byCustomer.get(key(clientId, customerId)) ?? []).filter((c) => Date.parse(c.at) > after)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    outcomesPage: async (page: OutcomePage) =>
      [...tables.decisions.values()]
        .filter((outcome) => outcome.clientId === page.clientId && inPage(page, Date.parse(outcome.at), outcome.requestId))
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || compareText(a.requestId, b.requestId))
        .slice(0, page.limit)
        .map(withResult),
  };
}

function memoryTransaction(tables: Tables, reads: StoreReads, pending: (() => void)[]): StoreTransaction {
  const addToCustomer = (clientId: string, customerId: string, concession: CustomerConcession) => {
    const id = key(clientId, customerId);
    const list = tables.byCustomer.get(id);
    if (list) list.push(concession);
    else tables.byCustomer.set(id, [concession]);
  };
  return {
    ...reads,
    saveDecision: async (outcome) => {
      const copy = structuredClone({ ...outcome, result: { status: 'open' as const } });
      pending.push(() => tables.decisions.set(key(outcome.clientId, outcome.requestId), copy));
    },
    saveDecline: async (clientId, requestId, at) => {
      pending.push(() => tables.declines.set(key(clientId, requestId), at));
    },
    saveConcession: async (concession) => {
      const copy = structuredClone(concession);
      pending.push(() => {
        tables.concessions.set(key(copy.clientId, copy.requestId), copy);
        const offer = key(copy.clientId, copy.offerId);
        tables.accepted.set(offer, (tables.accepted.get(offer) ?? 0) + 1);
        addToCustomer(copy.clientId, copy.customerId, { at: copy.at, cost: copy.cost, offerId: copy.offerId, kind: copy.kind });
      });
    },
    saveOutsideConcessions: async (clientId, customerId, concessions) => {
      const copies = structuredClone(concessions);
      pending.push(() => copies.forEach((concession) => addToCustomer(clientId, customerId, concession)));
    },
    acceptedCount: async (clientId, offerId) => tables.accepted.get(key(clientId, offerId)) ?? 0,
    timesGiven: async (clientId, customerId, offerId) => (tables.byCustomer.get(key(clientId, customerId)) ?? []).filter((c) => c.offerId === offerId).length,
  };
}

function inPage(page: OutcomePage, at: number, requestId: string): boolean {
  if (page.since !== undefined && at < page.since) return false;
  if (page.until !== undefined && at >= page.until) return false;
  return page.after === undefined || at > page.after.at || (at === page.after.at && compareText(requestId, page.after.requestId) > 0);
}

/** Orders texts by code unit, as PostgreSQL's "C" collation would: the same page order in every store. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
