/** The lock every change to one customer's concessions holds. */
export function customerLock(clientId: string, customerId: string): string {
  return `customer:${JSON.stringify([clientId, customerId])}`;
}

/**
 * The lock recording a decision holds after its customer's: two first
 * records of one request for different customers (each under its own
 * customer's lock) then meet, and the second is refused.
 */
export function requestLock(clientId: string, requestId: string): string {
  return `request:${JSON.stringify([clientId, requestId])}`;
}

/** The lock an acceptance of an offer with a stock holds, after its customer's. */
export function offerLock(clientId: string, offerId: string): string {
  return `offer:${JSON.stringify([clientId, offerId])}`;
}
