/**
 * Outcome records for learning tests: one builder with every field an
 * outcome has, so a test states only what it is about, and a fast-check
 * generator of outcomes against a client's catalog.
 */
import fc from 'fast-check';
import type { Outcome } from '../../src/index';

/** An outcome of client `acme`: `offers` shown best first (ids), and what the customer did. */
export function outcome(offers: readonly string[], result: Outcome['result'], extra: Partial<Outcome> = {}): Outcome {
  return {
    requestId: 'req-1',
    clientId: 'acme',
    customerId: 'c-1',
    segment: null,
    reason: 'too-big',
    channel: 'phone',
    level: 'agent',
    agentId: 'a-1',
    at: '2026-11-23T10:00:00Z',
    currency: 'USD',
    returnValue: '200.00',
    returnLoss: '200.00',
    offers: offers.map((offerId, i) => ({ offerId, kind: 'discount', rank: i + 1, cost: '10.00', approval: null, rate: 0.5, source: 'prior' })),
    result,
    ...extra,
  };
}

/** Accepted `offerId`. */
export const accepted = (offerId: string): Outcome['result'] => ({ status: 'accepted', offerId, at: '2026-11-23T10:05:00Z', cost: '10.00' });
/** Every offer declined. */
export const declined: Outcome['result'] = { status: 'declined', at: '2026-11-23T10:05:00Z' };

/** Outcomes of client `acme` over `offerIds`: reasons, segments, dates over a year, every kind of result. */
export function outcomes(offerIds: readonly string[], reasons: readonly string[]): fc.Arbitrary<Outcome[]> {
  const one = fc
    .record({
      shown: fc.shuffledSubarray([...offerIds], { minLength: 0, maxLength: Math.min(3, offerIds.length) }),
      reason: fc.constantFrom(...reasons),
      segment: fc.constantFrom(null, 'vip', 'standard'),
      day: fc.integer({ min: 0, max: 364 }),
      minute: fc.integer({ min: 0, max: 1439 }),
      pick: fc.nat(3),
      status: fc.constantFrom('accepted', 'declined', 'open'),
    })
    .map(({ shown, reason, segment, day, minute, pick, status }) => {
      const at = new Date(Date.parse('2026-01-01T00:00:00Z') + day * 86_400_000 + minute * 60_000).toISOString();
      const result: Outcome['result'] =
        status === 'open' || shown.length === 0 ? (status === 'declined' ? { status: 'declined', at } : { status: 'open' })
          : status === 'accepted' ? { status: 'accepted', offerId: shown[pick % shown.length]!, at, cost: '10.00' } : { status: 'declined', at };
      return outcome(shown, result, { reason, segment, at });
    });
  return fc.array(one, { maxLength: 60 }).map((list) => list.map((o, i) => ({ ...o, requestId: `req-${i}` })));
}
