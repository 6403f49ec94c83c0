import type { Desk } from '../desk';
import { SavedeskInputError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { ReturnRequestSchema, type ReturnRequest, type ValidRequest } from '../schema/request';
import type { Decision } from '../schema/decision';
import type { Outcome } from '../schema/outcome';
import { acceptOffer, refusal } from './accept';
import { guard, unavailable } from './guard';
import { mergedConcessions, unknownConcessions } from './history';
import { AcceptFieldsSchema, checkDesk, DeclineSchema, isoMillis, OutcomeQuerySchema, parseInput } from './inputs';
import type { AcceptInput, DeclineInput, Ledger, OutcomeQuery, RecordOptions } from './Ledger';
import { customerLock, requestLock } from './locks';
import { recordedDecision } from './recordedDecision';
import type { LedgerStore } from './store/LedgerStore';

/** Outcomes read from the store at a time. */
const PAGE_SIZE = 500;

/** The ledger over a store: every algorithm once, whatever the store. */
export function createLedger(store: LedgerStore): Ledger {
  let closed = false;
  /** Every call goes through here: a closed ledger or a failing store is `ledger-unavailable`. */
  const use = <T>(call: () => Promise<T>): Promise<T> =>
    closed ? Promise.reject(unavailable(new Error(messages.ledgerClosed))) : guard(call);

  return {
    withHistory: (clientId, request) =>
      use(async () => {
        const valid = parseRequest(request);
        const known = await store.customerConcessions(clientId, valid.customer.id);
        const concessions = mergedConcessions(known, valid.customer.concessions ?? []);
        return { ...request, customer: { ...request.customer, concessions } };
      }),

    record: (decision, request, options: RecordOptions = {}) =>
      use(async () => {
        const valid = parseRequest(request);
        checkRecord(decision, valid, options.desk);
        const outcome = recordedDecision(decision, valid, options.desk);
        const locks = [customerLock(outcome.clientId, outcome.customerId), requestLock(outcome.clientId, outcome.requestId)];
        await store.transaction(locks, async (tx) => {
          const existing = await tx.decision(outcome.clientId, outcome.requestId);
          if (existing !== undefined) checkReplace(existing, outcome);
          const known = await tx.customerConcessions(outcome.clientId, outcome.customerId);
          const told = unknownConcessions(known, valid.customer.concessions ?? []);
          if (told.length > 0) await tx.saveOutsideConcessions(outcome.clientId, outcome.customerId, told);
          await tx.saveDecision(outcome);
        });
      }),

    accept: (input: AcceptInput) =>
      use(async () => {
        checkDesk(input?.desk);
        const fields = parseInput(AcceptFieldsSchema, { ...input, desk: undefined });
        return acceptOffer(store, { desk: input.desk, ...fields, at: isoMillis(fields.at) });
      }),

    decline: (input: DeclineInput) =>
      use(async () => {
        const { clientId, requestId, at } = parseInput(DeclineSchema, input);
        const seen = await store.decision(clientId, requestId);
        if (seen === undefined) throw refusal('unknown-decision', requestId, messages.unknownDecision(clientId, requestId));
        await store.transaction([customerLock(clientId, seen.customerId)], async (tx) => {
          const decision = (await tx.decision(clientId, requestId))!;
          if (decision.result.status === 'accepted') throw refusal('already-decided', requestId, messages.alreadyAccepted(requestId, decision.result.offerId));
          if (decision.result.status === 'open') await tx.saveDecline(clientId, requestId, isoMillis(at));
        });
      }),

    outcomes: (query: OutcomeQuery) => readOutcomes(query, use, store),

    close: async () => {
      if (closed) return;
      closed = true;
      await guard(() => store.close());
    },
  };
}

async function* readOutcomes(query: OutcomeQuery, use: <T>(call: () => Promise<T>) => Promise<T>, store: LedgerStore): AsyncIterable<Outcome> {
  const { clientId, since, until } = parseInput(OutcomeQuerySchema, query);
  let after: { at: number; requestId: string } | undefined;
  for (;;) {
    const page = await use(() =>
      store.outcomesPage({ clientId, since: since === undefined ? undefined : Date.parse(since), until: until === undefined ? undefined : Date.parse(until), after, limit: PAGE_SIZE }),
    );
    yield* page;
    if (page.length < PAGE_SIZE) return;
    const last = page[page.length - 1]!;
    after = { at: Date.parse(last.at), requestId: last.requestId };
  }
}

function parseRequest(request: ReturnRequest): ValidRequest {
  return parseInput(ReturnRequestSchema, request);
}

/** The decision must be this request's, and the desk (when given) this decision's client's. */
function checkRecord(decision: Decision, request: ValidRequest, desk: Desk | undefined): void {
  if (decision?.requestId !== request.id) throw new SavedeskInputError([{ code: 'mismatch', path: 'decision.requestId', message: messages.decisionMismatch }]);
  if (desk !== undefined && desk.clientId !== decision.clientId) {
    throw new SavedeskInputError([{ code: 'mismatch', path: 'desk', message: messages.deskMismatch(desk.clientId, decision.clientId) }]);
  }
}

/** A request may be decided again while open, for the same customer only. */
function checkReplace(existing: Outcome, next: Outcome): void {
  if (existing.result.status === 'accepted') throw refusal('already-decided', next.requestId, messages.alreadyAccepted(next.requestId, existing.result.offerId));
  if (existing.result.status === 'declined') throw refusal('already-decided', next.requestId, messages.alreadyDeclined(next.requestId));
  if (existing.customerId !== next.customerId) {
    throw new SavedeskInputError([{ code: 'mismatch', path: 'customer.id', message: messages.decisionOfAnotherCustomer(next.requestId, existing.customerId) }]);
  }
}
