import * as z from 'zod';
import { SavedeskInputError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Issue } from '../../errors/issue';
import { isCurrency, minorDigits } from '../../money/currency';
import { decimalsOf } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import { ReturnRequestSchema, type ValidRequest } from '../../schema/request';
import { depthIssue } from './depth';
import { parseIssues } from './zodIssues';

/**
 * Stage 1: checks a request's shape, then its meaning against the client
 * (currency, lines within the order, known level and reason), and throws one
 * {@link SavedeskInputError} with every problem.
 */
export function validateRequest(raw: unknown, config: ValidConfig): ValidRequest {
  const request = parseRequest(raw);
  const issues = requestIssues(request, config);
  if (issues.length > 0) throw new SavedeskInputError(issues);
  return request;
}

/**
 * Checks a request's shape alone, without a client (what a fold over history,
 * such as `findRecallCandidates`, can check), and fills in its defaults.
 * @throws SavedeskInputError with every problem.
 */
export function parseRequest(raw: unknown): ValidRequest {
  // The schema nests a few levels, so zod never descends into deeper input and
  // a valid request is never too deep: the depth check only decides which
  // problem a rejected request reports, and a valid one skips its walk.
  const parsed = parseIssues(requestSchema(), raw);
  if (parsed.issues) {
    const tooDeep = depthIssue(raw);
    throw new SavedeskInputError(tooDeep ? [tooDeep] : parsed.issues);
  }
  return parsed.data;
}

let compiledRequestSchema: typeof ReturnRequestSchema | undefined;

/**
 * The request schema compiled by zod into a parser of its own, once, on first
 * use: several times faster on valid input. A request it rejects is parsed
 * again by zod's ordinary parser, so the issues are the same; where code
 * cannot be generated (a strict CSP), `z.compile` hands back the schema itself.
 */
function requestSchema(): typeof ReturnRequestSchema {
  return (compiledRequestSchema ??= z.compile(ReturnRequestSchema));
}

function requestIssues(request: ValidRequest, config: ValidConfig): Issue[] {
  const issues: Issue[] = [];
  const { order, customer } = request;
  const policy = config.policy;

  if (!isCurrency(order.currency)) issues.push({ path: 'order.currency', message: messages.unknownCurrency(order.currency) });
  else if (order.currency !== config.currency) issues.push({ path: 'order.currency', message: messages.currencyMismatch(order.currency, config.currency) });
  else {
    const digits = minorDigits(order.currency);
    const checkMoney = (path: string, value: string | undefined) => {
      if (value !== undefined && decimalsOf(value) > digits) issues.push({ path, message: messages.tooManyDecimals(order.currency, digits) });
    };
    checkMoney('order.total', order.total);
    order.items.forEach((item, i) => {
      checkMoney(`order.items[${i}].unitPrice`, item.unitPrice);
      checkMoney(`order.items[${i}].unitCost`, item.unitCost);
    });
    checkMoney('customer.lifetimeValue', customer.lifetimeValue);
    customer.concessions?.forEach((concession, i) => checkMoney(`customer.concessions[${i}].cost`, concession.cost));
  }

  const ordered = new Map<string, number>();
  order.items.forEach((item, i) => {
    if (ordered.has(item.sku)) issues.push({ path: `order.items[${i}].sku`, message: messages.duplicate('SKU', item.sku) });
    ordered.set(item.sku, item.quantity);
  });
  const returned = new Map<string, number>();
  request.lines.forEach((line, i) => {
    const quantity = ordered.get(line.sku);
    const total = (returned.get(line.sku) ?? 0) + line.quantity;
    returned.set(line.sku, total);
    if (quantity === undefined) issues.push({ path: `lines[${i}].sku`, message: messages.lineNotInOrder(line.sku) });
    else if (total > quantity) issues.push({ path: `lines[${i}].quantity`, message: messages.lineOverOrdered(line.sku, total, quantity) });
  });

  if (request.agent) {
    const level = request.agent.level;
    if (!policy.levels.some((known) => known.id === level)) issues.push({ path: 'agent.level', message: messages.unknownLevel(request.agent.level) });
  } else if (policy.channelLevels?.[request.channel] === undefined) {
    issues.push({ path: 'agent', message: messages.noCallerLevel(request.channel) });
  }
  if (config.reasons && !config.reasons.some((reason) => reason.code === request.reason.code)) {
    issues.push({ path: 'reason.code', message: messages.unknownReason(request.reason.code) });
  }
  return issues;
}
