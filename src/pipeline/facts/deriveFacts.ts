import { daysBetween } from '../../dates';
import { minorDigits } from '../../money/currency';
import { money, moneyNumber, round, sum } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import type { ValidRequest } from '../../schema/request';
import { isWatched, type WatchIndex } from '../../signals/watchIndex';
import { recentConcessions } from '../empowerment/customerCap';
import { factNames, type FactName } from './factNames';
import { matchLines } from './matchLines';
import type { ReturnContext, ReturnedLine, ReturnWindow } from './ReturnContext';


/** How one fact is derived from the request, its context and the client's config. */
type Derivation = (request: ValidRequest, context: ReturnContext, config: ValidConfig) => unknown;

/** Every fact's derivation, in the README's order (the order `trace.facts` shows). */
const derivations = {
  reason: (request) => request.reason.code,
  fault: (request) => request.reason.fault ?? 'unknown',
  channel: (request) => request.channel,
  purpose: (request) => request.purpose,
  agentLevel: (_, context, config) => config.policy.levels[context.callerLevel]!.id,
  returnValue: (_, context) => context.returnValue.toNumber(),
  orderTotal: (_, context) => context.orderTotal.toNumber(),
  returnShare: (_, context) => (context.orderTotal.isZero() ? 0 : context.returnValue.div(context.orderTotal).toNumber()),
  daysSinceDelivery: ({ order }, context) => (order.deliveredAt === undefined ? null : daysBetween(order.deliveredAt, context.now)),
  daysSinceOrder: ({ order }, context) => daysBetween(order.placedAt, context.now),
  insideReturnWindow: (_, context) => context.returnWindow.inside,
  customerSegment: ({ customer }) => customer.segment ?? null,
  customerTags: ({ customer }) => customer.tags ?? [],
  tenureDays: ({ customer }, context) => (customer.since === undefined ? null : daysBetween(customer.since, context.now)),
  lifetimeValue: ({ customer }) => (customer.lifetimeValue === undefined ? 0 : moneyNumber(customer.lifetimeValue)),
  orderCount: ({ customer }) => customer.orderCount ?? 0,
  returnCount: ({ customer }) => customer.returnCount ?? 0,
  returnRate: ({ customer }) => {
    const orders = customer.orderCount ?? 0;
    return orders === 0 ? 0 : (customer.returnCount ?? 0) / orders;
  },
  concessionsCost: (_, context) => context.recentConcessions.cost.toNumber(),
  concessionsCount: (_, context) => context.recentConcessions.count,
  categories: (_, context) => unique(context.lines.flatMap((line) => (line.item.category === undefined ? [] : [line.item.category]))),
  skus: (_, context) => unique(context.lines.map((line) => line.item.sku)),
  itemTags: (_, context) => unique(context.lines.flatMap((line) => line.item.tags ?? [])),
  watched: (_, context) => context.watched,
  request: (request): unknown => request, // No copy: rules read amounts as numbers (rules/requestPath); the engine gets a copy (rules/requestNumbers).
} satisfies { readonly [Name in FactName]: Derivation };

/**
 * The facts rules see, each with its type (what a custom fact reads from
 * `context.facts`): numbers for amounts (json-rules-engine compares strings as
 * text), `null` where the request does not say (no `deliveredAt`, no `since`).
 */
export type Facts = { readonly [Name in FactName]: ReturnType<(typeof derivations)[Name]> };

/** What `deriveFacts` may leave out. */
export interface FactOptions {
  /**
   * Derive only these facts; default all. `decide` derives the facts its
   * rules read and skips the rest (a division, a copy of the request), except
   * when it traces, or when host facts, which are handed every fact, exist.
   */
  readonly only?: ReadonlySet<string>;
  /** The SKU × reason pairs under watch (`createDesk(config, { watch })`). */
  readonly watch?: WatchIndex | undefined;
}

/** Stage 2: derives the return context and the facts rules are evaluated against. */
export function deriveFacts(request: ValidRequest, config: ValidConfig, options: FactOptions = {}): { context: ReturnContext; facts: Facts } {
  const context = returnContext(request, config, options.watch);
  const facts: Partial<Record<FactName, unknown>> = {};
  for (const name of factNames) {
    if (options.only === undefined || options.only.has(name)) facts[name] = derivations[name](request, context, config);
  }
  // Facts left out (`only`) are never read: no rule names them and no host fact exists.
  return { context, facts: facts as Facts };
}

function returnContext(request: ValidRequest, config: ValidConfig, watch: WatchIndex | undefined): ReturnContext {
  const now = Date.parse(request.receivedAt);
  const items = request.order.items;
  // Validation refused every line that does not match, so every unit is matched here.
  const lines: ReturnedLine[] = matchLines(items, request.lines).matches.map(({ item, quantity }) => ({ item: items[item]!, quantity }));
  const digits = minorDigits(request.order.currency);
  const levelId = request.agent?.level ?? config.policy.channelLevels?.[request.channel];
  return {
    request,
    digits,
    now,
    lines,
    // Unit prices may carry sub-penny digits: the value is rounded where it is computed.
    returnValue: round(sum(lines.map((line) => money(line.item.unitPrice).times(line.quantity))), digits),
    orderTotal: money(request.order.total),
    callerLevel: config.policy.levels.findIndex((level) => level.id === levelId),
    recentConcessions: recentConcessions(request.customer.concessions ?? [], now, config.policy),
    returnWindow: returnWindow(request, config, now),
    watched: isWatched(watch, request, now),
  };
}

/** The window runs from delivery, else from the order; its last day is still inside. */
function returnWindow({ order }: ValidRequest, config: ValidConfig, now: number): ReturnWindow {
  const windowDays = config.policy.returnWindowDays;
  if (windowDays === undefined) return { inside: true };
  const since = order.deliveredAt === undefined ? 'ordered' : 'delivered';
  const days = daysBetween(order.deliveredAt ?? order.placedAt, now);
  return days <= windowDays ? { inside: true } : { inside: false, since, days, windowDays };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
