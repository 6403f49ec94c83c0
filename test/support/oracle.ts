/**
 * The contract of DESIGN.md restated independently of src/, for property
 * tests to check decisions against: prices from an offer's terms, who may give
 * what, the customer cap's window. It uses decimal.js directly and none of
 * savedesk's money or pipeline code, so a bug there cannot hide in both.
 */
import Decimal from 'decimal.js';
import type { ClientConfig, Decision, DecidedOffer, ReturnRequest } from '../../src/index';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const DAY_MS = 86_400_000;

interface Level {
  id: string;
  maxCost: string;
  maxPercentOfReturn?: number;
  kinds?: string[];
}
interface Policy {
  levels: Level[];
  channelLevels?: Partial<Record<string, string>>;
  customerCap?: { windowDays: number; maxCost?: string; maxCount?: number };
  returnCosts?: { shipping: string; processing: string; resaleRate: number };
  allowSalesOffers?: boolean;
  returnWindowDays?: number;
}
type Terms = Record<string, unknown>;
type Item = { sku: string; unitPrice: string; unitCost?: string; quantity: number };

/** Every reason DESIGN.md gives for withholding a candidate. */
export const withheldReasons = ['excluded', 'constraint', 'sales-suppressed', 'not-cost-effective', 'over-limit', 'customer-cap', 'out-of-stock', 'not-selected'] as const;

/** The policy of a config as the oracle reads it. */
export const policyOf = (config: ClientConfig) => config.policy as unknown as Policy;

/** Σ unitPrice × quantity over the returned lines (lines naming one SKU add up). */
export function returnValueOf(request: ReturnRequest): Dec {
  const items = request.order.items as Item[];
  return request.lines.reduce((total, line) => {
    const item = items.find((it) => it.sku === line.sku)!;
    return total.plus(new D(item.unitPrice).times(line.quantity));
  }, new D(0));
}

/** Whether a refund is owed: no `returnWindowDays`, or at most that many whole days since delivery (else the order). */
export function insideWindowOf(config: ClientConfig, request: ReturnRequest): boolean {
  const windowDays = policyOf(config).returnWindowDays;
  const since = request.order.deliveredAt ?? request.order.placedAt;
  return windowDays === undefined || Math.floor((Date.parse(request.receivedAt) - Date.parse(since)) / DAY_MS) <= windowDays;
}

/** What the plain return costs the client: refund + shipping + processing − refund × resaleRate (rounded); 0 when no refund is owed. */
export function returnLossOf(config: ClientConfig, request: ReturnRequest, digits: number): Dec {
  if (!insideWindowOf(config, request)) return new D(0);
  const refund = returnValueOf(request);
  const costs = policyOf(config).returnCosts;
  if (costs === undefined) return refund;
  const resale = refund.times(String(costs.resaleRate)).toDecimalPlaces(digits, D.ROUND_HALF_UP);
  return refund.plus(costs.shipping).plus(costs.processing).minus(resale);
}

/** What DESIGN.md's offer-kind table says an offer with these terms costs and is worth, as decision strings. */
export function expectedPrice(kind: string, terms: Terms, request: ReturnRequest, digits: number): { cost: string; customerValue: string } {
  const round = (value: Dec) => value.toDecimalPlaces(digits, D.ROUND_HALF_UP);
  const toOrder = terms.appliesTo === 'order';
  const base = toOrder ? new D(request.order.total) : returnValueOf(request);
  const percentOfBase = (percent: unknown) => round(base.times(String(percent)).div(100));
  const face = () => {
    if (terms.amount !== undefined) return new D(terms.amount as string);
    const discount = percentOfBase(terms.percent);
    return terms.maxAmount === undefined ? discount : D.min(discount, terms.maxAmount as string);
  };
  const price = (cost: Dec, customerValue: Dec) => ({ cost: cost.toFixed(digits), customerValue: customerValue.toFixed(digits) });
  const money = (field: string) => new D(terms[field] as string);

  switch (kind) {
    case 'discount': {
      const discount = D.min(face(), base);
      return price(discount, discount);
    }
    case 'coupon':
      return price(round(face().times(String(terms.redemptionRate))), face());
    case 'free_product':
      return price(money('unitCost').times(terms.quantity as number), money('retailValue').times(terms.quantity as number));
    case 'replacement': {
      const items = request.order.items as Item[];
      const replaced = toOrder
        ? items.map((it) => ({ item: it, quantity: it.quantity }))
        : request.lines.map((line) => ({ item: items.find((it) => it.sku === line.sku)!, quantity: line.quantity }));
      const cost = replaced.reduce((total, { item, quantity }) => total.plus(new D(item.unitCost ?? item.unitPrice).times(quantity)), money('shippingCost'));
      const value = replaced.reduce((total, { item, quantity }) => total.plus(new D(item.unitPrice).times(quantity)), new D(0));
      return price(cost, value);
    }
    case 'exchange':
      return price(money('shippingCost'), new D(0));
    case 'store_credit':
      return price(percentOfBase(terms.bonusPercent), percentOfBase(terms.bonusPercent));
    case 'keep_item':
      return price(percentOfBase(terms.refundPercent), percentOfBase(terms.refundPercent));
    case 'upgrade':
      return price(money('costDifference'), money('priceDifference'));
    case 'service':
      return price(money('unitCost'), new D(0));
    default:
      return price(new D(0), new D(0));
  }
}

/** Whether `level` may give an offer of this kind at this cost, by DESIGN.md's policy fields. */
export function levelMayGive(level: Level, offer: Pick<DecidedOffer, 'kind' | 'cost'>, returnValue: Dec): boolean {
  if (level.kinds !== undefined && !level.kinds.includes(offer.kind)) return false;
  const cost = new D(offer.cost);
  if (cost.gt(level.maxCost)) return false;
  return level.maxPercentOfReturn === undefined || cost.lte(returnValue.times(level.maxPercentOfReturn).div(100));
}

/** Index of the caller's level: the agent's, else the channel's. */
export function callerIndex(config: ClientConfig, request: ReturnRequest): number {
  const policy = policyOf(config);
  const id = request.agent?.level ?? policy.channelLevels?.[request.channel];
  return policy.levels.findIndex((level) => level.id === id);
}

interface ConfigRule {
  name: string;
  event: { type: string; params: { offer?: string; offers?: string[]; kind?: string; level?: string; goodwill?: boolean } };
}

/** The config's rules that fired, read from the decision's trace (decide with `{ trace: true }`). */
export function firedRules(config: ClientConfig, decision: Decision): ConfigRule[] {
  const fired = new Set(decision.trace!.rules.filter((rule) => rule.fired).map((rule) => rule.rule));
  return (config.rules as ConfigRule[]).filter((rule) => fired.has(rule.name));
}

/** The offers a fired `offer` rule proposed, each once. */
export function proposedOffers(config: ClientConfig, decision: Decision): Set<string> {
  return new Set(firedRules(config, decision).flatMap(({ event }) => (event.type === 'offer' ? (event.params.offers ?? [event.params.offer!]) : [])));
}

/** The lowest level index a fired `require-level` rule demands for this offer (-1 when none). */
export function requiredIndex(config: ClientConfig, decision: Decision, offer: { offerId: string; kind: string }): number {
  const levels = policyOf(config).levels;
  let required = -1;
  for (const { event } of firedRules(config, decision)) {
    const { offer: target, kind, level } = event.params;
    if (event.type !== 'require-level') continue;
    if (target === offer.offerId || kind === offer.kind || (target === undefined && kind === undefined)) {
      required = Math.max(required, levels.findIndex((l) => l.id === level));
    }
  }
  return required;
}

/** Whether a rule that fired offered `offerId` as goodwill. */
export function offeredAsGoodwill(config: ClientConfig, decision: Decision, offerId: string): boolean {
  return firedRules(config, decision).some(
    ({ event }) => event.type === 'offer' && event.params.goodwill === true && (event.params.offers ?? [event.params.offer]).includes(offerId),
  );
}

/** The customer's concessions in the cap window: at or before "now", after now − windowDays. */
export function concessionsInWindow(request: ReturnRequest, windowDays: number): { cost: Dec; count: number } {
  const now = Date.parse(request.receivedAt);
  const recent = (request.customer.concessions ?? []).filter((c) => {
    const at = Date.parse(c.at);
    return at <= now && at > now - windowDays * DAY_MS;
  });
  return { cost: recent.reduce((total, c) => total.plus(c.cost), new D(0)), count: recent.length };
}

/** The decimal type the oracle computes in, for tests that add amounts. */
export { D as OracleDecimal };

/** The fallback's refund, when one is owed: [] or [refund]. */
export function refundOf(decision: Decision): string[] {
  return decision.fallback.kind === 'return' ? [decision.fallback.refund] : [];
}
