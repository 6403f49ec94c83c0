import type { Outcome } from '../../schema/outcome';
import type { Concession } from '../concession';

/** A concession the ledger counts for a customer: one it recorded, or one a request told it of (given outside savedesk). */
export interface CustomerConcession {
  readonly at: string;
  readonly cost: string;
  readonly offerId?: string | undefined;
  readonly kind?: string | undefined;
}

/** Reads a store answers, inside or outside a transaction. */
export interface StoreReads {
  /** The recorded decision with what became of it, or undefined. */
  decision(clientId: string, requestId: string): Promise<Outcome | undefined>;
  /** The concession recorded for a request, or undefined. */
  concessionFor(clientId: string, requestId: string): Promise<Concession | undefined>;
  /** The concessions of a customer, recorded or told of, oldest first: all, or every one given after `after` (epoch ms). */
  customerConcessions(clientId: string, customerId: string, after?: number): Promise<CustomerConcession[]>;
  /**
   * Up to `limit` outcomes of a client with `since <= at < until`, in (at, requestId)
   * order, starting after `after` when given: one page of {@link Ledger.outcomes}.
   */
  outcomesPage(page: OutcomePage): Promise<Outcome[]>;
}

/** One page of outcomes; times are epoch milliseconds. */
export interface OutcomePage {
  readonly clientId: string;
  readonly since: number | undefined;
  readonly until: number | undefined;
  readonly after: { readonly at: number; readonly requestId: string } | undefined;
  readonly limit: number;
}

/** What a store may change, only inside {@link LedgerStore.transaction}. */
export interface StoreTransaction extends StoreReads {
  /** Inserts a decision, or replaces the one recorded for the same request. */
  saveDecision(outcome: Outcome): Promise<void>;
  /** Marks a decision declined. */
  saveDecline(clientId: string, requestId: string, at: string): Promise<void>;
  /** Records an accepted offer. */
  saveConcession(concession: Concession): Promise<void>;
  /** Remembers concessions given outside savedesk that a request told of. */
  saveOutsideConcessions(clientId: string, customerId: string, concessions: readonly CustomerConcession[]): Promise<void>;
  /** How many times an offer was accepted, by any customer of the client: what `stock` counts. */
  acceptedCount(clientId: string, offerId: string): Promise<number>;
  /** How many of a customer's concessions, recorded or told of, were this offer: what `maxPerCustomer` counts. */
  timesGiven(clientId: string, customerId: string, offerId: string): Promise<number>;
}

/**
 * The few operations the ledger's algorithms are written over, once, for
 * every store (memory, PGlite, PostgreSQL). A store knows how to keep rows
 * and how to make a piece of work atomic; what to check lives in the ledger.
 */
export interface LedgerStore extends StoreReads {
  /**
   * Runs `work` atomically while holding the named locks, taken in the order
   * given (a customer first, then an offer), and released when it ends. What
   * `work` saved is durable when the promise resolves, and is undone when it throws.
   */
  transaction<T>(locks: readonly string[], work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Releases the store's connections and files. */
  close(): Promise<void>;
}
