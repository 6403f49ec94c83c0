/**
 * A seeded synthetic client of any size for the bench: a reason taxonomy, a
 * catalog of every non-sales offer kind with the usual constraints, a
 * four-level escalation chain, and rules of about three conditions each over
 * the derived facts (including a `path` into the request), most of them
 * offering one or two catalog offers.
 */
import type { ClientConfig, Condition, Rule } from '../src/index';
import type { Random } from '../scripts/generate/random';

const REASONS = ['too-firm', 'too-soft', 'wrong-colour', 'doesnt-fit-room', 'damaged-in-delivery', 'defective',
  'wrong-item', 'changed-mind', 'too-small', 'too-large', 'arrived-late', 'found-cheaper'];
const CATEGORIES = ['sofa', 'armchair', 'table', 'lamp', 'rug', 'bed', 'shelf', 'care'];
const SEGMENTS = ['standard', 'vip', 'new', 'trade'];

/** How big a synthetic client is. */
export interface ClientSize {
  readonly rules: number;
  readonly offers: number;
  /**
   * `reason-first` (the default): every rule starts with a test of the reason.
   * `mixed`: half do, a quarter test the channel instead, and a quarter
   * neither (rules for every request, which no index can skip).
   */
  readonly mix?: 'reason-first' | 'mixed';
}

/** A valid client config with `size.rules` rules and `size.offers` offers. */
export function syntheticClient(size: ClientSize, random: Random): ClientConfig {
  const catalog = Array.from({ length: size.offers }, (_, i) => syntheticOffer(i, random));
  const offerIds = catalog.map((offer) => String(offer.id));
  return {
    client: { id: `synthetic-${size.rules}x${size.offers}`, name: 'Synthetic client' },
    currency: 'USD',
    reasons: REASONS.map((code) => ({ code, label: code.replace(/-/g, ' ') })),
    catalog,
    policy: {
      levels: [
        { id: 'portal', maxCost: '60.00', kinds: ['free_product', 'service', 'coupon', 'exchange', 'store_credit'] },
        { id: 'agent', maxCost: '150.00', maxPercentOfReturn: 20 },
        { id: 'senior', maxCost: '450.00' },
        { id: 'supervisor', maxCost: '2500.00' },
      ],
      channelLevels: { portal: 'portal', email: 'agent' },
      customerCap: { windowDays: 365, maxCost: '900.00', maxCount: 4 },
      maxOffers: 3,
      returnCosts: { shipping: '60.00', processing: '25.00', resaleRate: 0.5 },
    },
    rules: Array.from({ length: size.rules }, (_, i) => syntheticRule(i, offerIds, random, size.mix ?? 'reason-first')),
  } as ClientConfig;
}

function syntheticOffer(i: number, random: Random): Record<string, unknown> {
  const common = {
    id: `offer-${i}`,
    label: `Offer ${i}`,
    acceptRate: Math.round(random.next() * 70 + 10) / 100,
    ...(random.chance(0.3) ? { reasons: random.some(REASONS, 3) } : {}),
    ...(random.chance(0.2) ? { categories: random.some(CATEGORIES, 3) } : {}),
    ...(random.chance(0.1) ? { minReturnValue: '100.00' } : {}),
  };
  const percent = random.int(5, 30);
  switch (i % 9) {
    case 0: return { ...common, kind: 'discount', percent, maxAmount: '300.00' };
    case 1: return { ...common, kind: 'coupon', amount: `${random.int(10, 200)}.00`, validDays: 180, redemptionRate: 0.4 };
    case 2: return { ...common, kind: 'free_product', sku: `GIFT-${i}`, quantity: 1, unitCost: '20.00', retailValue: '75.00' };
    case 3: return { ...common, kind: 'replacement', shippingCost: '80.00' };
    case 4: return { ...common, kind: 'exchange', shippingCost: '35.00' };
    case 5: return { ...common, kind: 'store_credit', bonusPercent: percent };
    case 6: return { ...common, kind: 'keep_item', refundPercent: percent };
    case 7: return { ...common, kind: 'upgrade', sku: `UP-${i}`, priceDifference: '250.00', costDifference: '70.00' };
    default: return { ...common, kind: 'service', unitCost: '40.00' };
  }
}

/** About three conditions: which reasons, a numeric threshold, and something about the customer or items. */
function syntheticRule(i: number, offerIds: readonly string[], random: Random, mix: NonNullable<ClientSize['mix']>): Rule {
  const roll = mix === 'mixed' ? random.next() : 0;
  const first: Condition = roll < 0.5 ? keyTest('reason', REASONS, random) : roll < 0.75 ? keyTest('channel', CHANNELS, random) : random.pick(CIRCUMSTANCES)(random);
  const second = random.pick(THRESHOLDS)(random);
  const third = random.pick(CIRCUMSTANCES)(random);
  const conditions = random.chance(0.25) ? { all: [first, { any: [second, third] }] } : { all: [first, second, third] };
  return { name: `rule-${i}`, ...(random.chance(0.1) ? { priority: random.int(2, 5) } : {}), conditions, event: syntheticEvent(offerIds, random) } as Rule;
}

const CHANNELS = ['phone', 'chat', 'email', 'portal'];

/** `fact` equal to one value, or in a few: the tests rules usually start with. */
function keyTest(fact: 'reason' | 'channel', values: readonly string[], random: Random): Condition {
  return random.chance(0.5) ? { fact, operator: 'in', value: random.some(values, 3) } : { fact, operator: 'equal', value: random.pick(values) };
}

const THRESHOLDS: ReadonlyArray<(random: Random) => Condition> = [
  (r) => ({ fact: 'returnValue', operator: 'greaterThan', value: r.int(20, 800) }),
  (r) => ({ fact: 'daysSinceDelivery', operator: 'lessThanInclusive', value: r.int(14, 90) }),
  (r) => ({ fact: 'tenureDays', operator: 'greaterThanInclusive', value: r.int(30, 1500) }),
  (r) => ({ fact: 'returnRate', operator: 'lessThan', value: r.int(2, 6) / 10 }),
  (r) => ({ fact: 'lifetimeValue', operator: 'greaterThan', value: r.int(200, 5000) }),
];

const CIRCUMSTANCES: ReadonlyArray<(random: Random) => Condition> = [
  (r) => ({ fact: 'customerSegment', operator: 'in', value: r.some(SEGMENTS, 2) }),
  (r) => ({ fact: 'categories', operator: 'contains', value: r.pick(CATEGORIES) }),
  () => ({ fact: 'fault', operator: 'notEqual', value: 'customer' }),
  () => ({ fact: 'channel', operator: 'notEqual', value: 'portal' }),
  (r) => ({ fact: 'request', path: '$.order.items[0].quantity', operator: 'lessThanInclusive', value: r.int(1, 2) }),
  () => ({ fact: 'customerTags', operator: 'doesNotContain', value: 'complained-before' }),
];

function syntheticEvent(offerIds: readonly string[], random: Random): Rule['event'] {
  const roll = random.next();
  if (roll < 0.7) return { type: 'offer', params: { offers: random.some(offerIds, 2), ...(random.chance(0.1) ? { goodwill: true } : {}) } };
  if (roll < 0.78) return { type: 'exclude', params: { offer: random.pick(offerIds), why: 'not for this case' } };
  if (roll < 0.84) return { type: 'require-level', params: { offer: random.pick(offerIds), level: 'senior' } };
  if (roll < 0.9) return { type: 'guide', params: { text: 'Thank {{customer.name}} and explain the options.' } };
  if (roll < 0.95) return { type: 'flag', params: { flag: 'quality-issue' } };
  return { type: 'follow-up', params: { afterDays: 14, channel: 'phone', purpose: 'check the solution worked' } };
}
