import { daysBefore, daysBetween } from '../../dates';
import { minorDigits } from '../../money/currency';
import { money, sum } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import type { ValidRequest } from '../../schema/request';
import type { FactName } from './factNames';
import type { ReturnContext, ReturnedLine } from './ReturnContext';

/** Window for the concession facts when the policy sets no customer cap. */
const DEFAULT_WINDOW_DAYS = 365;

/** The facts rules see: numbers for amounts (json-rules-engine compares strings as text). */
export type Facts = Record<FactName, unknown>;

/** Stage 2: derives the return context and the facts rules are evaluated against. */
export function deriveFacts(request: ValidRequest, config: ValidConfig): { context: ReturnContext; facts: Facts } {
  const context = returnContext(request, config);
  const { customer, order } = request;
  const orderCount = customer.orderCount ?? 0;
  const returnCount = customer.returnCount ?? 0;
  const facts: Facts = {
    reason: request.reason.code,
    fault: request.reason.fault ?? 'unknown',
    channel: request.channel,
    purpose: request.purpose,
    agentLevel: config.policy.levels[context.callerLevel]!.id,
    returnValue: context.returnValue.toNumber(),
    orderTotal: context.orderTotal.toNumber(),
    returnShare: context.orderTotal.isZero() ? 0 : context.returnValue.div(context.orderTotal).toNumber(),
    daysSinceDelivery: order.deliveredAt === undefined ? null : daysBetween(order.deliveredAt, context.now),
    daysSinceOrder: daysBetween(order.placedAt, context.now),
    customerSegment: customer.segment ?? null,
    customerTags: customer.tags ?? [],
    tenureDays: customer.since === undefined ? null : daysBetween(customer.since, context.now),
    lifetimeValue: customer.lifetimeValue === undefined ? 0 : money(customer.lifetimeValue).toNumber(),
    orderCount,
    returnCount,
    returnRate: orderCount === 0 ? 0 : returnCount / orderCount,
    concessionsCost: context.recentConcessions.cost.toNumber(),
    concessionsCount: context.recentConcessions.count,
    categories: unique(context.lines.flatMap((line) => (line.item.category === undefined ? [] : [line.item.category]))),
    skus: unique(context.lines.map((line) => line.item.sku)),
    itemTags: unique(context.lines.flatMap((line) => line.item.tags ?? [])),
    request: requestWithNumbers(request),
  };
  return { context, facts };
}

function returnContext(request: ValidRequest, config: ValidConfig): ReturnContext {
  const now = Date.parse(request.receivedAt);
  const items = new Map(request.order.items.map((item) => [item.sku, item]));
  const quantities = new Map<string, number>();
  for (const line of request.lines) quantities.set(line.sku, (quantities.get(line.sku) ?? 0) + line.quantity);
  const lines: ReturnedLine[] = [...quantities].map(([sku, quantity]) => ({ item: items.get(sku)!, quantity }));
  const levelId = request.agent?.level ?? config.policy.channelLevels?.[request.channel];
  const windowDays = config.policy.customerCap?.windowDays ?? DEFAULT_WINDOW_DAYS;
  const recent = (request.customer.concessions ?? []).filter((c) => {
    const at = Date.parse(c.at);
    return at <= now && at > daysBefore(now, windowDays);
  });
  return {
    request,
    digits: minorDigits(request.order.currency),
    now,
    lines,
    returnValue: sum(lines.map((line) => money(line.item.unitPrice).times(line.quantity))),
    orderTotal: money(request.order.total),
    callerLevel: config.policy.levels.findIndex((level) => level.id === levelId),
    recentConcessions: { cost: sum(recent.map((c) => money(c.cost))), count: recent.length },
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The request for `path` conditions, with amounts as numbers so comparisons are numeric. */
function requestWithNumbers(request: ValidRequest): unknown {
  const amount = (text: string | undefined) => (text === undefined ? undefined : money(text).toNumber());
  return {
    ...request,
    customer: {
      ...request.customer,
      lifetimeValue: amount(request.customer.lifetimeValue),
      concessions: request.customer.concessions?.map((c) => ({ ...c, cost: amount(c.cost) })),
    },
    order: {
      ...request.order,
      total: amount(request.order.total),
      items: request.order.items.map((item) => ({ ...item, unitPrice: amount(item.unitPrice), unitCost: amount(item.unitCost) })),
    },
  };
}
