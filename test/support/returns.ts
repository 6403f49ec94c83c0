import type { ReturnRequest } from '../../src/index';

let next = 0;

/**
 * A return request for the recall search: `customer` returns one `sku` for
 * `reason` at `receivedAt` (a date-time, or a date taken at noon UTC), from an
 * order of that one item.
 */
export function returnOf(sku: string, reason: string, customer: string, receivedAt: string, item: { category?: string; name?: string } = {}): ReturnRequest {
  const id = `r-${++next}`;
  return {
    id,
    receivedAt: receivedAt.length === 10 ? `${receivedAt}T12:00:00Z` : receivedAt,
    channel: 'phone',
    customer: { id: customer },
    order: { id: `o-${id}`, placedAt: '2025-12-01', currency: 'USD', total: '100.00', items: [{ sku, name: item.name ?? `Name of ${sku}`, ...(item.category === undefined ? {} : { category: item.category }), unitPrice: '100.00', quantity: 1 }] },
    lines: [{ sku, quantity: 1 }],
    reason: { code: reason },
  };
}
