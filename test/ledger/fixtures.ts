/**
 * A small client for the ledger's tests, and the steps of one call: fill the
 * history, decide, record. Every test names its own client, so tests can
 * share one ledger (one PGlite instance per file) without seeing each other.
 */
import { randomUUID } from 'node:crypto';
import { createDesk, type ClientConfig, type Decision, type Desk, type ReturnRequest } from '../../src/index';
import type { Ledger } from '../../src/ledger/index';
import { alwaysRule, request as baseRequest, threeLevels } from '../support/builders';

/** Tells this run's clients from an earlier run's in a database that is kept (a developer's PostgreSQL). */
const run = randomUUID().slice(0, 8);
let clients = 0;

/** What a test may change in the client: the cap and the limits of the catalog's offers. */
export interface ClientShape {
  /** Default: a new id for every desk. */
  readonly clientId?: string;
  readonly cap?: { windowDays: number; maxCost?: string; maxCount?: number };
  readonly stock?: number;
  readonly maxPerCustomer?: number;
}

/**
 * A USD client with a fresh id: agent (100) → senior (300) → supervisor (1000),
 * each offer made on every return:
 * `thirty-off` ($30, the agent may give it), `gift-250` ($250, needs a senior),
 * `swap` (an even exchange, costs nothing) and `cushions` ($12 free product; the stock and
 * maxPerCustomer of the shape).
 */
export function testDesk(shape: ClientShape = {}): Desk {
  const config: ClientConfig = {
    client: { id: shape.clientId ?? `client-${run}-${++clients}`, name: 'Ledger test client' },
    currency: 'USD',
    catalog: [
      { id: 'thirty-off', kind: 'discount', label: '$30 off', amount: '30.00', acceptRate: 0.6 },
      { id: 'gift-250', kind: 'keep_item', label: 'Keep it, most of it back', refundPercent: 100, acceptRate: 0.9 },
      { id: 'swap', kind: 'exchange', label: 'Swap the size', shippingCost: '0.00', acceptRate: 0.3 },
      {
        id: 'cushions', kind: 'free_product', label: 'Free cushions', sku: 'CUSH', quantity: 1, unitCost: '12.00', retailValue: '40.00', acceptRate: 0.4,
        ...(shape.stock === undefined ? {} : { stock: shape.stock }),
        ...(shape.maxPerCustomer === undefined ? {} : { maxPerCustomer: shape.maxPerCustomer }),
      },
    ],
    policy: {
      levels: threeLevels(),
      channelLevels: { portal: 'agent' },
      maxOffers: 4,
      returnCosts: { shipping: '60.00', processing: '40.00', resaleRate: 0 },
      ...(shape.cap === undefined ? {} : { customerCap: shape.cap }),
    },
    rules: [alwaysRule('offer-everything', { type: 'offer', params: { offers: ['thirty-off', 'gift-250', 'swap', 'cushions'], goodwill: true } })],
  } as ClientConfig;
  return createDesk(config);
}

/** A $250 return (one jacket) by customer `customerId`, received at `receivedAt`. */
export function returnOf(requestId: string, customerId: string, receivedAt = '2026-11-23T10:00:00Z', extra: Record<string, unknown> = {}): ReturnRequest {
  const base = baseRequest({ id: requestId, receivedAt });
  return {
    ...base,
    customer: { id: customerId, name: 'Ada Byron', ...extra },
    // Placed and delivered before the earliest request the contract makes (dates must be in order).
    order: { ...base.order, placedAt: '2026-10-01T09:00:00Z', deliveredAt: '2026-10-05', total: '250.00', items: [{ sku: 'JACKET', category: 'outerwear', unitPrice: '250.00', unitCost: '90.00', quantity: 1 }] },
    lines: [{ sku: 'JACKET', quantity: 1 }],
  } as ReturnRequest;
}

/** One call as a service makes it: the history from the ledger, the decision, the record. */
export async function decideAndRecord(ledger: Ledger, desk: Desk, request: ReturnRequest): Promise<Decision> {
  const withHistory = await ledger.withHistory(desk.clientId, request);
  const decision = await desk.decide(withHistory);
  await ledger.record(decision, withHistory, { desk });
  return decision;
}

/** Every outcome of a client, as an array. */
export async function allOutcomes(ledger: Ledger, clientId: string, range: { since?: string; until?: string } = {}) {
  const outcomes = [];
  for await (const outcome of ledger.outcomes({ clientId, ...range })) outcomes.push(outcome);
  return outcomes;
}
