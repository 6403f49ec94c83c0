import type { Desk } from '../desk';
import { SavedeskError } from '../errors/SavedeskError';
import { messages } from '../errors/messages';
import { minorDigits } from '../money/currency';
import { decimalArithmetic } from '../money/decimalArithmetic';
import { capExcess, capWindowStart, totalOf } from '../pipeline/empowerment/customerCap';
import type { Outcome } from '../schema/outcome';
import type { Concession } from './concession';
import type { Accepted } from './Ledger';
import { customerLock, offerLock } from './locks';
import type { LedgerStore, StoreTransaction } from './store/LedgerStore';

/** An acceptance, its input checked and `at` in the stores' form. */
export interface AcceptRequest {
  readonly desk: Desk;
  readonly requestId: string;
  readonly offerId: string;
  readonly approvedBy?: Concession['approvedBy'];
  readonly at: string;
}

/**
 * The authoritative check of an acceptance, written once over the store's
 * few operations. The customer (and the offer, when it has a stock) is
 * locked, then everything is read again under the lock and checked in the
 * documented order; the concession is saved in the same transaction.
 */
export async function acceptOffer(store: LedgerStore, request: AcceptRequest): Promise<Accepted> {
  const { desk, requestId, offerId } = request;
  const clientId = desk.clientId;
  const seen = await store.decision(clientId, requestId);
  if (seen === undefined) throw refusal('unknown-decision', requestId, messages.unknownDecision(clientId, requestId));
  const offer = desk.config.catalog.find((o) => o.id === offerId);
  const locks = [customerLock(clientId, seen.customerId), ...(offer?.stock === undefined ? [] : [offerLock(clientId, offerId)])];
  return store.transaction(locks, async (tx) => {
    const decision = (await tx.decision(clientId, requestId))!;
    const given = await tx.concessionFor(clientId, requestId);
    if (given?.offerId === offerId) return { concession: given, repeated: true };
    if (given !== undefined) throw refusal('already-decided', requestId, messages.alreadyAccepted(requestId, given.offerId));
    if (decision.result.status === 'declined') throw refusal('already-decided', requestId, messages.alreadyDeclined(requestId));
    const shown = decision.offers.find((o) => o.offerId === offerId);
    if (shown === undefined) throw refusal('offer-not-made', requestId, messages.offerNotMade(offerId, requestId), 'offerId');
    if (offer === undefined) throw refusal('offer-not-made', requestId, messages.offerLeftCatalog(offerId), 'offerId');
    checkApproval(desk, shown, request);
    const concession: Concession = {
      clientId,
      customerId: decision.customerId,
      requestId,
      offerId,
      kind: shown.kind,
      cost: shown.cost,
      at: request.at,
      level: decision.level,
      ...(shown.approval === null || request.approvedBy === undefined ? {} : { approvedBy: request.approvedBy }),
    };
    await checkLimits(tx, desk, decision, concession);
    await tx.saveConcession(concession);
    return { concession, repeated: false };
  });
}

/** `approval-required` unless the approver's level is at or above the one the offer needed, in the desk's chain. */
function checkApproval(desk: Desk, shown: Outcome['offers'][number], request: AcceptRequest): void {
  if (shown.approval === null) return;
  const levels = desk.config.policy.levels.map((level) => level.id);
  const needed = levels.indexOf(shown.approval.level);
  const given = request.approvedBy === undefined ? -1 : levels.indexOf(request.approvedBy.level);
  if (needed < 0 || given < needed) {
    throw refusal('approval-required', request.requestId, messages.approvalRequired(shown.offerId, shown.approval.level, request.approvedBy?.level), 'approvedBy.level');
  }
}

/** The stock, then the customer cap with this offer included, then `maxPerCustomer`, all summed from the ledger at `at`. */
async function checkLimits(tx: StoreTransaction, desk: Desk, decision: Outcome, concession: Concession): Promise<void> {
  const { clientId, requestId, offerId } = concession;
  const offer = desk.config.catalog.find((o) => o.id === offerId)!;
  if (offer.stock !== undefined) {
    const accepted = await tx.acceptedCount(clientId, offerId);
    if (accepted >= offer.stock) throw refusal('out-of-stock', requestId, messages.outOfStock(offerId, accepted, offer.stock), 'offerId');
  }
  const policy = desk.config.policy;
  const now = Date.parse(concession.at);
  // Every concession since the window's start, those dated after `at` too: an acceptance dated in the
  // past must not fit under the cap beside concessions it would share a later window with.
  const counted = await tx.customerConcessions(clientId, decision.customerId, capWindowStart(now, policy));
  // decimal.js: the ledger's sums are few, and a stored amount may carry any scale `numeric` gives back.
  const m = decimalArithmetic(minorDigits(decision.currency));
  const capMaxCost = policy.customerCap?.maxCost;
  const excess = capExcess(m.amount(concession.cost), totalOf(counted, m), policy, m, capMaxCost === undefined ? undefined : m.amount(capMaxCost));
  if (excess !== null) throw refusal('customer-cap', requestId, excess);
  if (offer.maxPerCustomer === undefined) return;
  const times = await tx.timesGiven(clientId, decision.customerId, offerId);
  if (times >= offer.maxPerCustomer) {
    throw refusal('customer-cap', requestId, messages.perCustomerLimit(offerId, times, offer.maxPerCustomer));
  }
}

/** A refused acceptance: the code, and the one problem as an issue on the request. */
export function refusal(code: SavedeskError['code'], requestId: string, message: string, path = 'requestId'): SavedeskError {
  return new SavedeskError(code, messages.refused(requestId), [{ code: 'refused', path, message }]);
}
