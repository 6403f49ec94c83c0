/** The lock every change to one customer's concessions holds. */
export function customerLock(clientId: string, customerId: string): string {
  return `customer:${JSON.stringify([clientId, customerId])}`;
}

/** The lock an acceptance of an offer with a stock holds, after its customer's. */
export function offerLock(clientId: string, offerId: string): string {
  return `offer:${JSON.stringify([clientId, offerId])}`;
}
