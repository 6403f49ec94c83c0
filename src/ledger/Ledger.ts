import type { Desk } from '../desk';
import type { Decision } from '../schema/decision';
import type { Outcome } from '../schema/outcome';
import type { ReturnRequest } from '../schema/request';
import type { Approver, Concession } from './concession';

/** What {@link Ledger.accept} is told: which offer of which recorded decision the customer took, when. */
export interface AcceptInput {
  /** The client's desk: its policy and catalog are what the acceptance is checked against. */
  readonly desk: Desk;
  /** The request the decision was made for. */
  readonly requestId: string;
  /** The offer the customer took. */
  readonly offerId: string;
  /** Who approved it, when the decision said the offer needs approval. */
  readonly approvedBy?: Approver | undefined;
  /** Now, as an ISO date-time with a zone: the ledger never reads a clock. */
  readonly at: string;
}

/** What {@link Ledger.accept} answers. */
export interface Accepted {
  /** The concession recorded (or recorded before, for a repeated acceptance). */
  readonly concession: Concession;
  /** True when this acceptance had already been recorded: nothing new was recorded. */
  readonly repeated: boolean;
}

/** What {@link Ledger.decline} is told. */
export interface DeclineInput {
  readonly clientId: string;
  readonly requestId: string;
  /** Now, as an ISO date-time with a zone. */
  readonly at: string;
}

/** Which outcomes {@link Ledger.outcomes} yields: one client's decisions made from `since` (inclusive) to `until` (exclusive). */
export interface OutcomeQuery {
  readonly clientId: string;
  /** ISO date-time; default: from the first decision. */
  readonly since?: string | undefined;
  /** ISO date-time; default: to the last decision. */
  readonly until?: string | undefined;
}

/** Optional details for {@link Ledger.record}. */
export interface RecordOptions {
  /**
   * The desk that made the decision. With it the ledger knows the level a
   * request that names no agent level acted at (the policy's `channelLevels`)
   * and the catalog's prior rate of an offer whose decision carries no
   * acceptance rate; without it such a request is recorded at its channel's
   * name and the rate as the policy default of 0.5.
   */
  readonly desk?: Desk;
}

/**
 * The memory between decisions: what was offered, accepted and declined, per
 * client and customer. `decide` reads it (through {@link Ledger.withHistory});
 * {@link Ledger.accept} enforces the limits against it. Safe to share across
 * concurrent calls. Every method throws a `SavedeskError` with code
 * `ledger-unavailable` when the store cannot be reached: nothing is then
 * recorded, and nothing accepted.
 */
export interface Ledger {
  /**
   * The request with `customer.concessions` taken from the ledger. Concessions
   * the request carries that the ledger does not know (given outside savedesk)
   * are kept, so they still count; the ledger remembers them when the decision
   * is recorded. A carried concession is known when the ledger has one of the
   * same customer at the same instant with the same cost (and the same
   * `offerId` and `kind` when the carried one names them). Nothing the caller
   * leaves out can lower the cap.
   * @throws SavedeskInputError when the request has no valid shape.
   */
  withHistory(clientId: string, request: ReturnRequest): Promise<ReturnRequest>;
  /**
   * Records what a decision showed, to whom, on which channel, by which agent
   * and level, with each offer's cost, approval and acceptance rate, and the
   * experiment group and propensities when present. Concessions the request
   * carries that the ledger does not know are remembered. Recording the same
   * request again replaces the decision while it is open.
   * @throws SavedeskError `already-decided` when the request was already accepted or declined.
   * @throws SavedeskInputError when the request is invalid, is not the decision's, or was recorded for another customer.
   */
  record(decision: Decision, request: ReturnRequest, options?: RecordOptions): Promise<void>;
  /**
   * Records that the customer took an offer, after checking, atomically for
   * the customer and in this order: the decision is recorded
   * (`unknown-decision`), not already decided by another offer or a decline
   * (`already-decided`), the offer was made (`offer-not-made`), the approval
   * it needed was given at that level or above (`approval-required`), the
   * offer's `stock` (`out-of-stock`), and the customer cap with this offer
   * included and `maxPerCustomer` (`customer-cap`). The same acceptance sent
   * again returns the same concession with `repeated: true`.
   * @throws SavedeskError with one of the codes above.
   */
  accept(input: AcceptInput): Promise<Accepted>;
  /**
   * Records that the customer declined every offer of a decision.
   * A repeated decline is a no-op.
   * @throws SavedeskError `unknown-decision`, or `already-decided` when an offer was accepted.
   */
  decline(input: DeclineInput): Promise<void>;
  /** One client's decisions and what became of them, oldest first: what learning and reports read. */
  outcomes(query: OutcomeQuery): AsyncIterable<Outcome>;
  /** Closes the store; every later call fails with `ledger-unavailable`. */
  close(): Promise<void>;
}
