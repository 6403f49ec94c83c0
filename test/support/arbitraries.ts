/**
 * fast-check generators shared by the property and hostile-input tests: small
 * client configs (every offer kind, chains of 1–5 levels, caps, return costs,
 * rules of every event type) and valid requests against them, in currencies
 * with 0, 2 and 3 minor digits. Small on purpose: the properties run 1,000
 * times each in CI.
 */
import fc from 'fast-check';
import { createDesk, type ClientConfig, type Decision, type ReturnRequest } from '../../src/index';
import { offerKinds, type OfferKind } from '../../src/schema/offer';

/**
 * A fixed seed, so a failure in CI replays locally; `FC_RUNS` raises the
 * number of runs for a deeper search (`FC_RUNS=20000 npm test`).
 */
export const propertyParameters = {
  seed: Number(process.env.FC_SEED ?? 20261123),
  numRuns: Number(process.env.FC_RUNS ?? 1000),
} as const;

/** The escalation chain's level ids, lowest first; a chain of n levels takes the first n. */
export const levelIds = ['portal', 'agent', 'senior', 'supervisor', 'director'] as const;
const reasonCodes = ['too-firm', 'damaged', 'changed-mind'] as const;
const categories = ['sofa', 'chair', 'lamp'] as const;
const channels = ['phone', 'chat', 'email', 'portal'] as const;
const faults = ['merchant', 'carrier', 'customer', 'unknown'] as const;

/** "Now" for every generated request; concessions are placed around it. */
const receivedAt = '2026-06-15T12:00:00.000Z';
const DAY_MS = 86_400_000;

/** Currencies with 0, 2 and 3 minor digits. */
const currencies = [
  { code: 'JPY', digits: 0 },
  { code: 'USD', digits: 2 },
  { code: 'KWD', digits: 3 },
] as const;

/** A money string with exactly `digits` decimals, e.g. 12345 minor units in USD is "123.45". */
function minorUnits(units: number, digits: number): string {
  if (digits === 0) return String(units);
  const text = String(units).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An amount from zero up to `major` whole units of the currency. */
const amount = (digits: number, major: number) => fc.integer({ min: 0, max: major * 10 ** digits }).map((units) => minorUnits(units, digits));
/** A percent with up to two decimals, as the JSON number a client would write. */
const percent = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);
/** A rate 0..1 with up to three decimals. */
const rate = fc.integer({ min: 0, max: 1000 }).map((thousandths) => thousandths / 1000);

/** Present half the time. */
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** Present one time in five: constraints that would otherwise withhold most offers. */
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** Drops undefined fields, so a generated document is what a client would write in JSON. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function percentOrAmount(digits: number) {
  return fc.oneof(
    fc.record({ percent, maxAmount: optional(amount(digits, 300)) }),
    fc.record({ amount: amount(digits, 300) }),
  );
}

/** The kind-specific terms of an offer of `kind`. */
function termsOf(kind: OfferKind, digits: number): fc.Arbitrary<object> {
  switch (kind) {
    case 'discount':
      return percentOrAmount(digits);
    case 'coupon':
      return fc.tuple(percentOrAmount(digits), fc.record({ validDays: fc.integer({ min: 1, max: 365 }), minSpend: optional(amount(digits, 100)), redemptionRate: rate }))
        .map(([face, rest]) => ({ ...face, ...rest }));
    case 'free_product':
      return fc.record({ sku: fc.constant('GIFT'), quantity: fc.integer({ min: 1, max: 3 }), unitCost: amount(digits, 100), retailValue: amount(digits, 300) });
    case 'replacement':
    case 'exchange':
      return fc.record({ shippingCost: amount(digits, 60) });
    case 'store_credit':
      return fc.record({ bonusPercent: percent });
    case 'keep_item':
      return fc.record({ refundPercent: percent });
    case 'upgrade':
      return fc.record({ sku: fc.constant('UPGRADE'), priceDifference: amount(digits, 300), costDifference: amount(digits, 200) });
    case 'service':
      return fc.record({ unitCost: amount(digits, 200) });
    case 'upsell':
      return fc.record({ sku: optional(fc.constant('PILLOWS')) });
    case 'continuity':
      return fc.record({ program: optional(fc.constant('club')) });
  }
}

/** One catalog offer of any kind, without its id (given by position). */
function offerOf(digits: number) {
  return fc.constantFrom(...offerKinds).chain((kind) =>
    fc.tuple(
      termsOf(kind, digits),
      fc.record({
        acceptRate: optional(rate),
        appliesTo: optional(fc.constantFrom('lines', 'order')),
        reasons: rarely(fc.subarray([...reasonCodes], { minLength: 1 })),
        stock: rarely(fc.constantFrom(0, 5)),
        maxPerCustomer: rarely(fc.integer({ min: 1, max: 2 })),
      }),
    ).map(([terms, common]) => ({ kind, ...terms, ...common })),
  );
}

function levelOf(digits: number) {
  return fc.record({
    maxCost: fc.integer({ min: 0, max: 300 * 10 ** digits }),
    maxPercentOfReturn: rarely(fc.integer({ min: 0, max: 100 })),
    kinds: rarely(fc.subarray([...offerKinds], { minLength: 1 })),
  });
}

/**
 * A chain of 1–5 levels. Usually each level may give more than the one below
 * it, as in real policies; sometimes not, which is where "the lowest level
 * that may give it" is easiest to get wrong.
 */
function chainOf(digits: number) {
  return fc.tuple(fc.array(levelOf(digits), { minLength: 1, maxLength: 5 }), fc.boolean()).map(([levels, ascending]) => {
    let reach = 0;
    return levels.map(({ maxCost, ...level }, i) => {
      reach = ascending ? reach + maxCost : maxCost;
      return defined({ id: levelIds[i]!, maxCost: minorUnits(reach, digits), ...level });
    });
  });
}

function policyOf(digits: number) {
  return fc.record({
    levels: chainOf(digits),
    portalLevel: fc.nat(4),
    customerCap: optional(fc.record({ windowDays: fc.integer({ min: 1, max: 365 }), maxCost: optional(amount(digits, 300)), maxCount: optional(fc.integer({ min: 0, max: 3 })) })),
    maxOffers: fc.integer({ min: 1, max: 4 }),
    distinctKinds: fc.boolean(),
    allowSalesOffers: fc.boolean(),
    defaultAcceptRate: optional(rate),
    returnCosts: optional(fc.record({ shipping: amount(digits, 40), processing: amount(digits, 20), resaleRate: rate })),
    // Orders are placed 45 days before "now": some windows hold the return, some do not.
    returnWindowDays: optional(fc.constantFrom(30, 45, 46, 90)),
  }).map(({ levels, portalLevel, customerCap, returnCosts, ...rest }) => ({
    ...defined(rest),
    levels,
    channelLevels: { portal: levelIds[portalLevel % levels.length]! },
    ...(customerCap === undefined ? {} : { customerCap: defined(customerCap) }),
    ...(returnCosts === undefined ? {} : { returnCosts }),
  }));
}

/** A condition over the built-in facts, true for some requests and false for others. */
const comparison = fc.oneof(
  fc.constantFrom(...reasonCodes).map((value) => ({ fact: 'reason', operator: 'equal', value })),
  fc.subarray([...channels], { minLength: 1 }).map((value) => ({ fact: 'channel', operator: 'in', value })),
  fc.constantFrom(...faults).map((value) => ({ fact: 'fault', operator: 'notEqual', value })),
  fc.integer({ min: 0, max: 300 }).map((value) => ({ fact: 'returnValue', operator: 'greaterThan', value })),
  fc.integer({ min: 0, max: 3 }).map((value) => ({ fact: 'concessionsCount', operator: 'lessThanInclusive', value })),
);

/** Every event type, naming offers by position in a catalog of `offers` offers and levels in a chain of `levels`. */
function eventOf(offers: number, levels: number) {
  const offerId = fc.nat(offers - 1).map((i) => `offer-${i}`);
  const levelId = fc.nat(levels - 1).map((i) => levelIds[i]!);
  const target = fc.oneof(offerId.map((offer) => ({ offer })), fc.constantFrom(...offerKinds).map((kind) => ({ kind })), fc.constant({}));
  return fc.oneof(
    { weight: 4, arbitrary: offerEvent(offers) },
    { weight: 1, arbitrary: fc.tuple(target, levelId).map(([on, level]) => ({ type: 'require-level', params: { ...on, level } })) },
    { weight: 1, arbitrary: fc.oneof(offerId.map((offer) => ({ offer })), fc.constantFrom(...offerKinds).map((kind) => ({ kind }))).map((on) => ({ type: 'exclude', params: { ...on, why: 'not for this customer' } })) },
    { weight: 1, arbitrary: fc.constant({ type: 'guide', params: { text: 'Thank {{customer.name}} for order {{order.id}}.' } }) },
    { weight: 1, arbitrary: fc.constantFrom('quality-issue', 'fraud-review').map((flag) => ({ type: 'flag', params: { flag } })) },
  );
}

function offerEvent(offers: number) {
  const ids = Array.from({ length: offers }, (_, i) => `offer-${i}`);
  return fc.record({
    offers: fc.subarray(ids, { minLength: 1 }),
    weight: optional(fc.integer({ min: 0, max: 30 }).map((tenths) => tenths / 10)),
    goodwill: optional(fc.boolean()),
  }).map((params) => ({ type: 'offer', params: defined(params) }));
}

function rulesOf(offers: number, levels: number) {
  const rule = fc.record({
    conditions: fc.record({ all: fc.array(comparison, { maxLength: 2 }) }),
    priority: optional(fc.integer({ min: 1, max: 3 })),
    event: eventOf(offers, levels),
  });
  // The first rule always fires and offers something, so most runs have candidates to check.
  const always = fc.record({ priority: optional(fc.integer({ min: 1, max: 3 })), event: offerEvent(offers) })
    .map((head) => ({ ...head, conditions: { all: [{ fact: 'returnValue', operator: 'greaterThanInclusive', value: 0 }] } }));
  return fc.tuple(always, fc.array(rule, { maxLength: 5 }))
    .map(([first, rest]) => [first, ...rest].map((r, i) => defined({ name: `rule-${i}`, ...r })));
}

/** A valid client config in the currency with `digits` minor digits. */
export function clientConfig(code: string, digits: number): fc.Arbitrary<ClientConfig> {
  return fc.tuple(fc.array(offerOf(digits), { minLength: 1, maxLength: 8 }), policyOf(digits)).chain(([catalog, policy]) =>
    rulesOf(catalog.length, policy.levels.length).map((rules) => ({
      client: { id: 'prop', name: 'Property client' },
      currency: code,
      catalog: catalog.map((offer, i) => defined({ id: `offer-${i}`, label: `Offer ${i}`, ...offer })),
      policy,
      rules,
    }) as ClientConfig),
  );
}

/** A valid return request against `config`: lines within the order, a level the chain has, concessions around "now". */
export function returnRequest(config: ClientConfig, digits: number): fc.Arbitrary<ReturnRequest> {
  const levels = (config.policy as { levels: unknown[] }).levels.length;
  const catalogIds = (config.catalog as Array<{ id: string }>).map((offer) => offer.id);
  const item = fc.record({
    category: optional(fc.constantFrom(...categories)),
    unitPrice: fc.integer({ min: 1, max: 400 * 10 ** digits }),
    unitCost: optional(amount(digits, 200)),
    quantity: fc.integer({ min: 1, max: 3 }),
  });
  const concession = fc.record({
    daysAgo: fc.integer({ min: -5, max: 400 }),
    cost: amount(digits, 150),
    offerId: optional(fc.constantFrom(...catalogIds)),
  }).map(({ daysAgo, ...rest }) => defined({ at: new Date(Date.parse(receivedAt) - daysAgo * DAY_MS).toISOString(), ...rest }));

  return fc.record({
    items: fc.array(item, { minLength: 1, maxLength: 4 }),
    returned: fc.array(fc.tuple(fc.boolean(), fc.nat(2)), { minLength: 4, maxLength: 4 }),
    channel: fc.constantFrom(...channels),
    portalAgent: fc.boolean(),
    // Callers low in the chain, mostly: they are the ones who need approvals.
    agentLevel: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat(levels - 1) }),
    reason: fc.constantFrom(...reasonCodes),
    fault: optional(fc.constantFrom(...faults)),
    concessions: fc.array(concession, { maxLength: 4 }),
  }).map((drawn) => {
    const total = drawn.items.reduce((sum, it) => sum + it.unitPrice * it.quantity, 0);
    const items = drawn.items.map((it, i) => defined({ sku: `SKU-${i}`, ...it, unitPrice: minorUnits(it.unitPrice, digits) }));
    const picked = items.flatMap((it, i) => (drawn.returned[i]![0] || i === 0 ? [{ sku: it.sku, quantity: 1 + (drawn.returned[i]![1] % it.quantity) }] : []));
    // A portal request acts at the portal's level unless it names one; any other channel must name its agent's level.
    const agent = drawn.channel === 'portal' && !drawn.portalAgent ? {} : { agent: { id: 'a-1', level: levelIds[drawn.agentLevel]! } };
    return {
      id: 'req-prop',
      receivedAt,
      channel: drawn.channel,
      ...agent,
      customer: { id: 'c-1', name: 'Maja', concessions: drawn.concessions },
      order: { id: 'o-1', placedAt: '2026-05-01', currency: config.currency, total: minorUnits(total, digits), items },
      lines: picked,
      reason: defined({ code: drawn.reason, fault: drawn.fault }),
    } as ReturnRequest;
  });
}

/** A config and a valid request against it, with the currency's minor digits. */
export interface Scenario {
  readonly config: ClientConfig;
  readonly request: ReturnRequest;
  readonly digits: number;
}

/** A config and a valid request in JPY, USD or KWD. */
export const scenario: fc.Arbitrary<Scenario> = fc.constantFrom(...currencies).chain(({ code, digits }) =>
  clientConfig(code, digits).chain((config) => returnRequest(config, digits).map((request) => ({ config, request, digits }))),
);

/** Checks `check` against the traced decision of every generated scenario, with the suite's seed and run count. */
export async function forEveryDecision(check: (s: Scenario, decision: Decision) => void): Promise<void> {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => check(s, await createDesk(s.config).decide(s.request, { trace: true }))),
    propertyParameters,
  );
}

/** Object keys that reach prototypes when a program assigns them carelessly. */
const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * A value a hostile or careless sender might put anywhere: any JSON, numbers
 * JSON cannot carry, money-looking strings savedesk must refuse, impossible
 * dates, and objects keyed by prototype names (made with JSON.parse, so
 * `__proto__` is an own key, as in a parsed file).
 */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e21, 5e-324, 1e3),
  fc.constantFrom('1e3', '1E3', '-1.00', '+1', '.5', '1.', '0x1F', '1,000.00', ' 1.00', 'NaN', 'Infinity', '2026-02-30', '2026-13-01', '2026-11-23T24:00:00Z', ''),
  fc.tuple(fc.constantFrom(...prototypeKeys), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}}`)),
);

type Path = ReadonlyArray<string | number>;

/** Every path to a value inside `doc` (the root excluded), depth first. */
function pathsIn(doc: unknown, at: Path = []): Path[] {
  if (doc === null || typeof doc !== 'object') return [];
  return Object.entries(doc).flatMap(([key, child]) => {
    const path = [...at, Array.isArray(doc) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

/** Sets an own property even for `__proto__`, as JSON.parse would. */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * `doc` with one hostile change: a value replaced, a field removed, or a
 * field added (prototype names among them) somewhere inside it.
 */
export function mutated<T extends object>(doc: T): fc.Arbitrary<T> {
  const paths = pathsIn(doc);
  const key = fc.oneof(fc.constantFrom<string>(...prototypeKeys), fc.string({ maxLength: 8 }));
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'remove', 'add'), key, hostileValue).map(([path, change, addedKey, value]) => {
    const copy = structuredClone(doc);
    type Node = Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce((node, step) => node[step] as Node, copy as Node);
    const last = path.at(-1)!;
    const child = parent[last];
    if (change === 'replace') setOwn(parent, last, value);
    else if (change === 'remove') delete parent[last];
    else setOwn(child !== null && typeof child === 'object' ? child : parent, addedKey, value);
    return copy;
  });
}
