/**
 * The simulator's world: a clothing client whose catalog priors all favour
 * "15% back if you keep it", and customers whose true acceptance depends on
 * why they are returning — for five reasons of six, some other offer saves
 * more. The truth is hidden from the desk; only outcomes reveal it.
 */
import type { AcceptanceModel, ClientConfig, ReturnRequest } from '../../src/index';
import { murmur3 } from '../../src/random/murmur3';
import type { Uniform } from '../../src/random/prng';

export const reasons = ['too-small', 'too-big', 'not-as-pictured', 'changed-mind', 'arrived-late', 'quality'] as const;
type Reason = (typeof reasons)[number];
const segments = [
  { id: 'standard', share: 0.65, factor: 1 },
  { id: 'vip', share: 0.2, factor: 1.15 },
  { id: 'new', share: 0.15, factor: 0.85 },
] as const;

/** The catalog, each offer with the prior someone typed in (acceptRate). */
const catalog = [
  { id: 'keep-15', kind: 'discount', label: '15% back if you keep it', percent: 15, acceptRate: 0.55 },
  { id: 'partial-refund', kind: 'keep_item', label: 'Keep it with 30% refunded', refundPercent: 30, acceptRate: 0.5 },
  { id: 'credit-bonus', kind: 'store_credit', label: 'Store credit with a 10% bonus', bonusPercent: 10, acceptRate: 0.45 },
  { id: 'free-gift', kind: 'free_product', label: 'A free scarf with your next order', sku: 'SCARF', quantity: 1, unitCost: '20.00', retailValue: '60.00', acceptRate: 0.35 },
  { id: 'exchange', kind: 'exchange', label: 'Free exchange for another size', shippingCost: '12.00', acceptRate: 0.3 },
  { id: 'coupon-25', kind: 'coupon', label: '$25 off your next order', amount: '25.00', validDays: 90, redemptionRate: 0.4, acceptRate: 0.4 },
] as const;
type OfferId = (typeof catalog)[number]['id'];

/** The hidden truth: how often a standard customer takes each offer when it is put to them first. */
const truth: Readonly<Record<Reason, Readonly<Record<OfferId, number>>>> = {
  'too-small': { 'keep-15': 0.25, 'partial-refund': 0.2, 'credit-bonus': 0.3, 'free-gift': 0.15, exchange: 0.65, 'coupon-25': 0.2 },
  'too-big': { 'keep-15': 0.3, 'partial-refund': 0.2, 'credit-bonus': 0.3, 'free-gift': 0.15, exchange: 0.6, 'coupon-25': 0.2 },
  'not-as-pictured': { 'keep-15': 0.25, 'partial-refund': 0.7, 'credit-bonus': 0.2, 'free-gift': 0.2, exchange: 0.2, 'coupon-25': 0.2 },
  'changed-mind': { 'keep-15': 0.45, 'partial-refund': 0.3, 'credit-bonus': 0.3, 'free-gift': 0.2, exchange: 0.15, 'coupon-25': 0.3 },
  'arrived-late': { 'keep-15': 0.3, 'partial-refund': 0.25, 'credit-bonus': 0.25, 'free-gift': 0.3, exchange: 0.2, 'coupon-25': 0.55 },
  quality: { 'keep-15': 0.2, 'partial-refund': 0.3, 'credit-bonus': 0.2, 'free-gift': 0.5, exchange: 0.3, 'coupon-25': 0.2 },
};

/** A customer in the holdout keeps the item anyway this often (no offer made). */
export const KEEP_ANYWAY = 0.12;

/** The client, with exploration and a holdout as asked. */
export function worldConfig(options: { explore: boolean; holdoutPercent: number }): ClientConfig {
  return {
    client: { id: 'simworld', name: 'Simulated apparel' },
    currency: 'USD',
    reasons: reasons.map((code) => ({ code, label: code })),
    catalog: catalog.map((offer) => ({ ...offer })) as ClientConfig['catalog'],
    policy: {
      levels: [{ id: 'agent', maxCost: '500.00' }],
      maxOffers: 3,
      returnCosts: { shipping: '10.00', processing: '5.00', resaleRate: 0.6 },
      ...(options.explore ? { explore: { method: 'thompson' as const } } : {}),
      ...(options.holdoutPercent > 0 ? { holdout: { percent: options.holdoutPercent, salt: 'simworld-1' } } : {}),
    },
    rules: [{ name: 'every-save-offer', conditions: { all: [{ fact: 'channel', operator: 'equal', value: 'phone' }] }, event: { type: 'offer', params: { offers: catalog.map((offer) => offer.id) } } }],
  };
}

/** How often this customer takes `offerId` when it is put to them first. */
export function trueRate(offerId: string, reason: string, segment: string | null): number {
  const factor = segments.find((s) => s.id === segment)?.factor ?? 1;
  return Math.min(0.95, truth[reason as Reason][offerId as OfferId] * factor);
}

/** The truth as an acceptance model: a desk given it ranks as an oracle would. */
export function oracleModel(): AcceptanceModel {
  const level = (rate: number) => ({ rate, alpha: rate * 1e6, beta: (1 - rate) * 1e6, outcomes: 1 });
  return {
    version: '00000000',
    clientId: 'simworld',
    asOf: null,
    priorWeight: 20,
    halfLifeDays: 90,
    outcomes: 0,
    offers: catalog.map((offer) => ({
      offerId: offer.id,
      prior: offer.acceptRate,
      ...level(offer.acceptRate),
      reasons: reasons.map((reason) => ({
        reason,
        ...level(trueRate(offer.id, reason, null)),
        segments: segments.map((segment) => ({ segment: segment.id, ...level(trueRate(offer.id, reason, segment.id)) })),
      })),
    })),
  };
}

const START = Date.parse('2026-09-01T08:00:00Z');
const CUSTOMERS = 30_000;

/** The n-th return request of a stream: a new call every 6 minutes, one item of $40–$300, a reason and a customer drawn at random. */
export function worldRequest(n: number, random: Uniform, prefix = 'sim'): ReturnRequest {
  const customer = Math.floor(random() * CUSTOMERS);
  const price = (40 + random() * 260).toFixed(2);
  const reason = reasons[Math.floor(random() * reasons.length)]!;
  const receivedAt = new Date(START + n * 360_000).toISOString();
  return {
    id: `${prefix}-${n + 1}`,
    receivedAt,
    channel: 'phone',
    agent: { id: `agent-${1 + Math.floor(random() * 12)}`, level: 'agent' },
    customer: { id: `cust-${customer}`, segment: segmentOf(customer) },
    order: { id: `ord-${prefix}-${n + 1}`, placedAt: new Date(START + n * 360_000 - 12 * 86_400_000).toISOString(), currency: 'USD', total: price, items: [{ sku: 'ITEM', unitPrice: price, quantity: 1 }] },
    lines: [{ sku: 'ITEM', quantity: 1 }],
    reason: { code: reason },
  };
}

/** A customer's segment never changes: it comes from a hash of their number. */
function segmentOf(customer: number): string {
  let at = murmur3(`segment-${customer}`) / 4_294_967_296;
  for (const segment of segments) {
    if (at < segment.share) return segment.id;
    at -= segment.share;
  }
  return 'standard';
}
