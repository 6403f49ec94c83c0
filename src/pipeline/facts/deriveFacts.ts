import { daysBetween, instant } from '../../dates';
import type { Arithmetic } from '../../money/arithmetic';
import { decimalArithmetic } from '../../money/decimalArithmetic';
import { minorDigits } from '../../money/currency';
import { moneyNumber } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import type { ValidRequest } from '../../schema/request';
import { isWatched, type WatchIndex } from '../../signals/watchIndex';
import { recentConcessions } from '../empowerment/customerCap';
import { factNames, type FactName } from './factNames';
import { matchLines, type LineMatch } from './matchLines';
import { quantityOf, returnedLine, unitPriceOf, type ReturnContext, type ReturnedLine, type ReturnWindow } from './ReturnContext';

/** How one fact is derived from the request, its context and the client's config. */
type Derivation = (request: ValidRequest, context: ReturnContext<unknown>, config: ValidConfig, m: Arithmetic<unknown>) => unknown;

/** Every fact's derivation, in the README's order (the order `trace.facts` shows). */
const derivations = {
  reason: (request) => request.reason.code,
  fault: (request) => request.reason.fault ?? 'unknown',
  channel: (request) => request.channel,
  purpose: (request) => request.purpose,
  agentLevel: (_, context, config) => config.policy.levels[context.callerLevel]!.id,
  returnValue: (_, context, __, m) => m.toNumber(context.returnValue),
  orderTotal: (_, context, __, m) => m.toNumber(context.orderTotal),
  returnShare: (_, context, __, m) => (m.isZero(context.orderTotal) ? 0 : m.quotient(context.returnValue, context.orderTotal)),
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
  concessionsCost: (_, context, __, m) => m.toNumber(context.recentConcessions.cost),
  concessionsCount: (_, context) => context.recentConcessions.count,
  categories: (_, context) => distinct(context.lines, (line, add) => line.category !== undefined && add(line.category)),
  skus: (_, context) => distinct(context.lines, (line, add) => add(line.sku)),
  itemTags: (_, context) => distinct(context.lines, (line, add) => line.tags?.forEach(add)),
  watched: (_, context) => context.watched,
  request: (request): unknown => request, // No copy: rules read amounts as numbers (rules/requestPath); the engine gets a copy (rules/requestNumbers).
} satisfies { readonly [Name in FactName]: Derivation };

/**
 * The facts rules see, each with its type (what a custom fact reads from
 * `context.facts`): numbers for amounts (json-rules-engine compares strings as
 * text), `null` where the request does not say (no `deliveredAt`, no `since`).
 */
export type Facts = { readonly [Name in FactName]: ReturnType<(typeof derivations)[Name]> };

/** What `deriveFacts` may leave out, and how it computes. */
export interface FactOptions<A> {
  /**
   * Derive only these facts; default all. `decide` derives the facts its
   * rules read and skips the rest (a division, a list of categories), except
   * when it traces, or when host facts, which are handed every fact, exist.
   */
  readonly only?: ReadonlySet<string> | undefined;
  /** The SKU × reason pairs under watch (`createDesk(config, { watch })`). */
  readonly watch?: WatchIndex | undefined;
  /** The money arithmetic of the context's amounts; default decimal.js in the order's currency. */
  readonly money?: Arithmetic<A>;
  /** How the return lines matched the order's (validation works it out); default: matched here. */
  readonly matches?: readonly LineMatch[];
}

/** The derivations of the facts in `only`, in `factNames` order, worked out once per set. */
const derivationLists = new WeakMap<ReadonlySet<string>, ReadonlyArray<readonly [FactName, Derivation]>>();
const allDerivations = factNames.map((name) => [name, derivations[name] as Derivation] as const);

function derivationsOf(only: ReadonlySet<string> | undefined): ReadonlyArray<readonly [FactName, Derivation]> {
  if (only === undefined) return allDerivations;
  let list = derivationLists.get(only);
  if (list === undefined) derivationLists.set(only, (list = allDerivations.filter(([name]) => only.has(name))));
  return list;
}

/** Stage 2: derives the return context and the facts rules are evaluated against. */
export function deriveFacts<A = unknown>(request: ValidRequest, config: ValidConfig, options: FactOptions<A> = {}): { context: ReturnContext<A>; facts: Facts } {
  const m = options.money ?? (decimalArithmetic(minorDigits(request.order.currency)) as unknown as Arithmetic<A>);
  const context = returnContext(request, config, options.watch, m, options.matches ?? matchLines(request.order.items, request.lines).matches);
  const facts: Partial<Record<FactName, unknown>> = {};
  // Facts left out (`only`) are never read: no rule names them and no host fact exists.
  const list = derivationsOf(options.only);
  for (let i = 0; i < list.length; i++) facts[list[i]![0]] = list[i]![1](request, context, config, m as Arithmetic<unknown>);
  return { context, facts: facts as Facts };
}

function returnContext<A>(request: ValidRequest, config: ValidConfig, watch: WatchIndex | undefined, m: Arithmetic<A>, matches: readonly LineMatch[]): ReturnContext<A> {
  const now = instant(request.receivedAt);
  const items = request.order.items;
  // Validation refused every line that does not match, so every unit is matched.
  const lines: ReturnedLine[] = matches.map(({ item, quantity }) => returnedLine(items[item]!, quantity));
  const levelId = request.agent?.level ?? config.policy.channelLevels?.[request.channel];
  return {
    request,
    digits: m.digits,
    now,
    lines,
    // Unit prices may carry sub-penny digits: the value is rounded where it is computed.
    returnValue: m.lineTotal(lines, unitPriceOf, quantityOf),
    orderTotal: m.amount(request.order.total),
    callerLevel: config.policy.levels.findIndex((level) => level.id === levelId),
    recentConcessions: recentConcessions(request.customer.concessions ?? [], now, config.policy, m),
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

/** The distinct values `collect` adds for each line, in first-seen order: a plain list, as returns have few lines. */
function distinct(lines: readonly ReturnedLine[], collect: (line: ReturnedLine, add: (value: string) => void) => void): string[] {
  const values: string[] = [];
  const add = (value: string) => {
    if (!values.includes(value)) values.push(value);
  };
  for (const line of lines) collect(line, add);
  return values;
}
