/**
 * Realistic return requests for one client, for the history generator, the
 * bench and the differential test: reasons from the client's taxonomy, levels
 * from its escalation chain, categories its offers care about, repeat
 * customers with past concessions, dates spread over a year.
 */
import { minorDigits } from '../../src/money/currency';
import type { ClientConfig, ReturnRequest } from '../../src/index';
import type { Random } from './random';

type Channel = ReturnRequest['channel'];

const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2026-01-01T08:00:00Z');
const FIRST_NAMES = ['Maja', 'Lars', 'Ada', 'Omar', 'Yuki', 'Priya', 'Sven', 'Chloé', 'Tomás', 'Ingrid', 'Wei', 'Amara'];
const LAST_NAMES = ['Lind', 'Berg', 'Byron', 'Haddad', 'Sato', 'Nair', 'Holm', 'Martin', 'Ruiz', 'Dahl', 'Chen', 'Okafor'];
const SEGMENTS = ['standard', 'standard', 'standard', 'vip', 'new', 'trade'];
const CUSTOMER_TAGS = ['newsletter', 'app-user', 'complained-before', 'b2b'];
const ITEM_TAGS = ['made-to-order', 'sale', 'clearance', 'bundle', 'fragile'];
const FALLBACK_CATEGORIES = ['sofa', 'armchair', 'table', 'lamp', 'rug', 'care'];
const FALLBACK_REASONS = ['changed-mind', 'too-small', 'defective', 'damaged-in-delivery'];
const CHANNELS: readonly Channel[] = ['phone', 'phone', 'phone', 'chat', 'chat', 'email', 'portal', 'portal'];

/** What the generator needs to know about a client to make requests it accepts. */
interface ClientShape {
  readonly currency: string;
  readonly reasons: readonly string[];
  readonly categories: readonly string[];
  readonly agentLevels: readonly string[];
  readonly channelLevels: Readonly<Partial<Record<Channel, string>>>;
  readonly offerIds: readonly string[];
}

/** Makes the n-th request of a seeded history for `client`: same seed, same requests. */
export function requestGenerator(client: ClientConfig, random: Random): (n: number) => ReturnRequest {
  const shape = clientShape(client);
  const digits = minorDigits(shape.currency);
  const customers = 1 + Math.floor(random.next() * 5_000);
  return (n) => {
    const receivedAt = YEAR_START + random.int(0, 364) * DAY_MS + random.int(0, 10 * 3_600_000);
    const reason = random.pick(shape.reasons);
    const channel = random.pick(CHANNELS);
    const order = orderFor(n, receivedAt, shape, digits, random);
    return {
      id: `ret-${String(n + 1).padStart(7, '0')}`,
      receivedAt: new Date(receivedAt).toISOString(),
      channel,
      ...agentFor(channel, shape, random),
      customer: customerFor(random.int(1, customers), receivedAt, shape, digits, random),
      order: order.order,
      lines: order.lines,
      reason: { code: reason, ...(random.chance(0.3) ? { note: 'Customer explained on the call' } : {}), fault: faultFor(reason, random) },
    };
  };
}

function clientShape(client: ClientConfig): ClientShape {
  const config = client as {
    currency: string;
    reasons?: Array<{ code: string }>;
    catalog: Array<{ id: string; reasons?: string[]; categories?: string[] }>;
    policy: { levels: Array<{ id: string }>; channelLevels?: Partial<Record<Channel, string>> };
  };
  const offerReasons = config.catalog.flatMap((offer) => offer.reasons ?? []);
  const categories = [...new Set(config.catalog.flatMap((offer) => offer.categories ?? []))];
  const portalLevel = config.policy.channelLevels?.portal;
  const agentLevels = config.policy.levels.map((level) => level.id).filter((id) => id !== portalLevel);
  return {
    currency: config.currency,
    reasons: config.reasons?.map((reason) => reason.code) ?? (offerReasons.length > 0 ? [...new Set(offerReasons)] : FALLBACK_REASONS),
    categories: [...categories, ...FALLBACK_CATEGORIES.filter((c) => !categories.includes(c)).slice(0, 2)],
    agentLevels: agentLevels.length > 0 ? agentLevels : config.policy.levels.map((level) => level.id),
    channelLevels: config.policy.channelLevels ?? {},
    offerIds: config.catalog.map((offer) => offer.id),
  };
}

/** Most calls are taken at the lowest agent level; self-service channels act at their policy level. */
function agentFor(channel: Channel, shape: ClientShape, random: Random): Pick<ReturnRequest, 'agent'> {
  if (shape.channelLevels[channel] !== undefined && (channel === 'portal' || random.chance(0.5))) return {};
  const roll = random.next();
  const rank = roll < 0.7 ? 0 : roll < 0.9 ? 1 : 2;
  return { agent: { id: `ag-${random.int(1, 60)}`, level: shape.agentLevels[Math.min(rank, shape.agentLevels.length - 1)]! } };
}

function orderFor(n: number, receivedAt: number, shape: ClientShape, digits: number, random: Random) {
  const placedAt = receivedAt - random.int(3, 120) * DAY_MS;
  const deliveredAt = placedAt + random.int(2, 14) * DAY_MS;
  const items = Array.from({ length: random.int(1, 4) }, (_, i) => {
    const unitPrice = amount(random.int(15, 2_400), digits, random);
    return {
      sku: `SKU-${i}-${random.int(100, 999)}`,
      name: `Item ${i + 1}`,
      category: random.pick(shape.categories),
      ...(random.chance(0.3) ? { tags: random.some(ITEM_TAGS, 2) } : {}),
      unitPrice: format(unitPrice, digits),
      ...(random.chance(0.8) ? { unitCost: format(Math.round(unitPrice * (0.3 + random.next() * 0.3)), digits) } : {}),
      quantity: random.chance(0.85) ? 1 : random.int(2, 3),
    };
  });
  const total = items.reduce((sum, item) => sum + toMinor(item.unitPrice, digits) * item.quantity, 0);
  const lines = random.some(items, 2).map((item) => ({ sku: item.sku, quantity: random.int(1, item.quantity) }));
  return {
    order: {
      id: `ord-${n + 1}`,
      placedAt: new Date(placedAt).toISOString(),
      ...(deliveredAt < receivedAt && random.chance(0.9) ? { deliveredAt: new Date(deliveredAt).toISOString().slice(0, 10) } : {}),
      currency: shape.currency,
      total: format(total, digits),
      items,
    },
    lines,
  };
}

function customerFor(id: number, receivedAt: number, shape: ClientShape, digits: number, random: Random): ReturnRequest['customer'] {
  const orderCount = random.int(1, 25);
  const concessions = random.chance(0.25)
    ? Array.from({ length: random.int(1, 3) }, () => ({
        at: new Date(receivedAt - random.int(5, 500) * DAY_MS).toISOString().slice(0, 10),
        cost: format(amount(random.int(5, 200), digits, random), digits),
        ...(random.chance(0.6) && shape.offerIds.length > 0 ? { offerId: random.pick(shape.offerIds) } : {}),
      }))
    : undefined;
  return {
    id: `c-${id}`,
    name: `${FIRST_NAMES[id % FIRST_NAMES.length]} ${LAST_NAMES[(id >> 3) % LAST_NAMES.length]}`,
    ...(random.chance(0.8) ? { segment: random.pick(SEGMENTS) } : {}),
    ...(random.chance(0.3) ? { tags: random.some(CUSTOMER_TAGS, 2) } : {}),
    ...(random.chance(0.85) ? { since: new Date(receivedAt - random.int(10, 3_000) * DAY_MS).toISOString().slice(0, 10) } : {}),
    lifetimeValue: format(amount(random.int(50, 20_000), digits, random), digits),
    orderCount,
    returnCount: random.int(0, Math.min(orderCount, 6)),
    ...(concessions ? { concessions } : {}),
  };
}

/** Who was at fault, as a reason code usually implies. */
function faultFor(reason: string, random: Random): NonNullable<ReturnRequest['reason']['fault']> {
  if (/damag|carrier|transit/.test(reason)) return random.chance(0.8) ? 'carrier' : 'unknown';
  if (/defect|wrong|missing|broken|late/.test(reason)) return random.chance(0.8) ? 'merchant' : 'unknown';
  return random.chance(0.7) ? 'customer' : 'unknown';
}

/** A price in minor units: whole major units plus, for most prices, some minor digits. */
function amount(major: number, digits: number, random: Random): number {
  const scale = 10 ** digits;
  return major * scale + (random.chance(0.6) ? random.int(0, scale - 1) : 0);
}

function format(minor: number, digits: number): string {
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function toMinor(text: string, digits: number): number {
  return Math.round(Number(text) * 10 ** digits);
}
