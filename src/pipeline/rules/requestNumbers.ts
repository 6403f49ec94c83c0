import { moneyNumber } from '../../money/money';
import type { ValidRequest } from '../../schema/request';
import { extend } from '../../util/extend';
import type { Facts } from '../facts/deriveFacts';

/**
 * An amount as rules compare it: a number, as json-rules-engine compares
 * text as text (`"9.00" > "10.00"`). A missing amount stays missing.
 */
export function amountNumber(text: unknown): unknown {
  return text === undefined ? undefined : moneyNumber(text as string);
}

/** The request as json-rules-engine and host facts see fact `request`: a copy with its amounts as numbers. */
export function requestWithNumbers(request: ValidRequest): unknown {
  return extend(request, {
    customer: extend(request.customer, {
      lifetimeValue: amountNumber(request.customer.lifetimeValue),
      concessions: request.customer.concessions?.map((c) => extend(c, { cost: amountNumber(c.cost) })),
    }),
    order: extend(request.order, {
      total: amountNumber(request.order.total),
      items: request.order.items.map((item) => extend(item, { unitPrice: amountNumber(item.unitPrice), unitCost: amountNumber(item.unitCost) })),
    }),
  });
}

/** One copy per request, so that two reads of one part of it are the same object, as they are in the engine's run. */
const copies = new WeakMap<object, unknown>();

/**
 * Fact `request` with its amounts as numbers, made on first use for a
 * request and kept while the request lives. Compiled rules read the request
 * itself and need the copy only for a path ending at an object holding
 * amounts, which is rare; the engine and host facts always get it. A value
 * that is not a request (the differential tests hand rules facts of every
 * type) has no amounts and is its own copy.
 */
export function requestNumbers(request: unknown): unknown {
  if (!isRequest(request)) return request;
  let copy = copies.get(request);
  if (copy === undefined) copies.set(request, (copy = requestWithNumbers(request)));
  return copy;
}

function isRequest(value: unknown): value is ValidRequest {
  return isObject(value) && isObject(value.customer) && isObject(value.order) && Array.isArray(value.order.items);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The facts as json-rules-engine and host facts get them: fact `request` (when derived) with amounts as numbers. */
export function engineFacts(facts: Facts): Record<string, unknown> {
  return Object.hasOwn(facts, 'request') ? { ...facts, request: requestNumbers(facts.request) } : { ...facts };
}
