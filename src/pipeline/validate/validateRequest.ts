import * as z from 'zod';
import { SavedeskInputError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Issue } from '../../errors/issue';
import { isCurrency, minorDigits } from '../../money/currency';
import { decimalsOf } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import { ReturnRequestSchema, type OrderItem, type ValidRequest } from '../../schema/request';
import { matchLines } from '../facts/matchLines';
import type { CheckResult } from './CheckResult';
import { depthIssue } from './depth';
import { salvage, type Salvaged } from './salvage';
import { parseIssues } from './zodIssues';

/**
 * Stage 1: checks a request's shape and its meaning (dates in order, lines
 * within the order, amounts in the currency's digits, known level and reason)
 * in one pass, and throws one {@link SavedeskInputError} with every problem.
 * When the shape is broken, the meaning is checked as far as the valid parts allow.
 */
export function validateRequest(raw: unknown, config: ValidConfig): ValidRequest {
  const checked = checkRequestAgainst(raw, config);
  if (!checked.ok) throw new SavedeskInputError(checked.issues);
  return checked.value;
}

/**
 * Checks a request's shape and the meaning it has on its own (dates, lines,
 * amounts); with a config, also against the client (currency, levels, reasons).
 */
export function checkRequestAgainst(raw: unknown, config?: ValidConfig): CheckResult<ValidRequest> {
  // The schema nests a few levels, so zod never descends into deeper input and
  // a valid request is never too deep: the depth check only decides which
  // problem a rejected request reports, and a valid one skips its walk.
  const parsed = parseIssues(requestSchema(), raw);
  if (parsed.issues) {
    const tooDeep = depthIssue(raw);
    if (tooDeep) return { ok: false, issues: [tooDeep] };
  }
  const request = parsed.data ?? salvage(ReturnRequestSchema, raw) ?? {};
  const issues = [...(parsed.issues ?? []), ...requestIssues(request), ...(config ? clientIssues(request, config) : [])];
  return issues.length === 0 ? { ok: true, value: parsed.data! } : { ok: false, issues };
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

/** What a request means on its own: amounts in its currency's digits, dates in order, lines within the order. */
function requestIssues(request: Salvaged<ValidRequest>): Issue[] {
  const issues: Issue[] = [];
  const { order, customer } = request;
  if (order?.currency !== undefined && isCurrency(order.currency)) {
    const digits = minorDigits(order.currency);
    const checkMoney = (path: string, value: string | undefined) => {
      if (value !== undefined && decimalsOf(value) > digits) issues.push({ code: 'too-many-decimals', path, message: messages.tooManyDecimals(order.currency!, digits) });
    };
    checkMoney('order.total', order.total);
    checkMoney('customer.lifetimeValue', customer?.lifetimeValue);
    customer?.concessions?.forEach((concession, i) => checkMoney(`customer.concessions[${i}].cost`, concession?.cost));
  }
  const dateInOrder = (path: string, earlier: { name: string; at: string | undefined }, later: { name: string; at: string | undefined }) => {
    if (earlier.at !== undefined && later.at !== undefined && !notAfter(earlier.at, later.at)) {
      issues.push({ code: 'date-order', path, message: messages.dateAfter(earlier.name, earlier.at, later.name, later.at) });
    }
  };
  const received = { name: 'receivedAt', at: request.receivedAt };
  dateInOrder('order.placedAt', { name: 'order.placedAt', at: order?.placedAt }, order?.deliveredAt === undefined ? received : { name: 'order.deliveredAt', at: order.deliveredAt });
  dateInOrder('order.deliveredAt', { name: 'order.deliveredAt', at: order?.deliveredAt }, received);
  dateInOrder('customer.since', { name: 'customer.since', at: customer?.since }, received);
  const lineIds = new Set<string>();
  order?.items?.forEach((item, i) => {
    const lineId = item?.lineId;
    if (lineId !== undefined && lineIds.has(lineId)) issues.push({ code: 'duplicate', path: `order.items[${i}].lineId`, message: messages.duplicate('order line', lineId) });
    if (lineId !== undefined) lineIds.add(lineId);
  });
  // Lines are matched only against a whole list of items: with one unreadable, any line might be its.
  const items = order?.items;
  if (items !== undefined && items.every(isWholeItem)) {
    const lines = (request.lines ?? []).map((line) => (line !== undefined && isWholeLine(line) ? line : null));
    const readable = lines.flatMap((line, i) => (line === null ? [] : [{ line, i }]));
    const matched = matchLines(items, readable.map(({ line }) => line));
    issues.push(...matched.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^lines\[(\d+)\]/, (_, k: string) => `lines[${readable[Number(k)]!.i}]`) })));
  }
  return issues;
}

/** What a request means to this client: its currency, the caller's level, the reason code. */
function clientIssues(request: Salvaged<ValidRequest>, config: ValidConfig): Issue[] {
  const issues: Issue[] = [];
  const policy = config.policy;
  const currency = request.order?.currency;
  if (currency !== undefined) {
    if (!isCurrency(currency)) issues.push({ code: 'unknown-currency', path: 'order.currency', message: messages.unknownCurrency(currency) });
    else if (currency !== config.currency) issues.push({ code: 'currency-mismatch', path: 'order.currency', message: messages.currencyMismatch(currency, config.currency) });
  }
  const levels = policy.levels.map((level) => level.id);
  if (request.agent !== undefined) {
    const level = request.agent.level;
    if (level !== undefined && !levels.includes(level)) issues.push({ code: 'unknown-level', path: 'agent.level', message: messages.unknownLevel(level, levels) });
  } else if (request.channel !== undefined && policy.channelLevels?.[request.channel] === undefined) {
    issues.push({ code: 'no-caller-level', path: 'agent', message: messages.noCallerLevel(request.channel) });
  }
  const code = request.reason?.code;
  const reasons = config.reasons?.map((reason) => reason.code);
  if (code !== undefined && reasons && !reasons.includes(code)) issues.push({ code: 'unknown-reason', path: 'reason.code', message: messages.unknownReason(code, reasons) });
  return issues;
}

const isWholeItem = (item: Salvaged<OrderItem> | undefined): item is OrderItem =>
  item?.sku !== undefined && item.unitPrice !== undefined && item.quantity !== undefined;
const isWholeLine = (line: Salvaged<ValidRequest['lines'][number]>): line is ValidRequest['lines'][number] =>
  line.sku !== undefined && line.quantity !== undefined;

/** Whether the moment `earlier` is not after `later`; a date without a time is compared by its calendar day. */
function notAfter(earlier: string, later: string): boolean {
  if (earlier.length === 10 || later.length === 10) return earlier.slice(0, 10) <= later.slice(0, 10);
  return Date.parse(earlier) <= Date.parse(later);
}
