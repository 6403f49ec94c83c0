import * as z from 'zod';
import { SavedeskInputError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Issue } from '../../errors/issue';
import { instant } from '../../dates';
import { isCurrency, minorDigits } from '../../money/currency';
import { decimalsOf } from '../../money/money';
import type { ValidConfig } from '../../schema/config';
import { ReturnRequestSchema, type OrderItem, type ValidRequest } from '../../schema/request';
import { matchLines, type LineMatch } from '../facts/matchLines';
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
  return validateRequestLines(raw, config).request;
}

/**
 * {@link validateRequest}, also handing on how the return lines matched the
 * order's lines, which checking them worked out: `decide` derives the
 * returned lines from it instead of matching them again.
 */
export function validateRequestLines(raw: unknown, config: ValidConfig): { request: ValidRequest; matches: readonly LineMatch[] } {
  const checked = checkRequest(raw, config);
  if (!checked.ok) throw new SavedeskInputError(checked.issues);
  return checked.value;
}

/**
 * Checks a request's shape and the meaning it has on its own (dates, lines,
 * amounts); with a config, also against the client (currency, levels, reasons).
 */
export function checkRequestAgainst(raw: unknown, config?: ValidConfig): CheckResult<ValidRequest> {
  const checked = checkRequest(raw, config);
  return checked.ok ? { ok: true, value: checked.value.request } : checked;
}

function checkRequest(raw: unknown, config?: ValidConfig): CheckResult<{ request: ValidRequest; matches: readonly LineMatch[] }> {
  // The schema nests a few levels, so zod never descends into deeper input and
  // a valid request is never too deep: the depth check only decides which
  // problem a rejected request reports, and a valid one skips its walk.
  const parsed = parseIssues(requestSchema(), raw);
  if (parsed.issues) {
    const tooDeep = depthIssue(raw);
    if (tooDeep) return { ok: false, issues: [tooDeep] };
  }
  const request = parsed.data ?? salvage(ReturnRequestSchema, raw) ?? {};
  const meaning = requestIssues(request);
  const issues = [...(parsed.issues ?? []), ...meaning.issues, ...(config ? clientIssues(request, config) : [])];
  // With no issue, every item and line was whole, so the lines were matched.
  return issues.length === 0 ? { ok: true, value: { request: parsed.data!, matches: meaning.matches! } } : { ok: false, issues };
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

/**
 * What a request means on its own: amounts in its currency's digits, dates in
 * order, lines within the order; and the lines matched, when all were readable.
 */
function requestIssues(request: Salvaged<ValidRequest>): { issues: Issue[]; matches: LineMatch[] | undefined } {
  const issues: Issue[] = [];
  let matches: LineMatch[] | undefined;
  const { order, customer } = request;
  if (order?.currency !== undefined && isCurrency(order.currency)) {
    const digits = minorDigits(order.currency);
    // The path is spelled out only for an amount that fails: most requests have none.
    const checkMoney = (value: string | undefined, path: () => string) => {
      if (value !== undefined && decimalsOf(value) > digits) issues.push({ code: 'too-many-decimals', path: path(), message: messages.tooManyDecimals(order.currency!, digits) });
    };
    checkMoney(order.total, () => 'order.total');
    checkMoney(customer?.lifetimeValue, () => 'customer.lifetimeValue');
    customer?.concessions?.forEach((concession, i) => checkMoney(concession?.cost, () => `customer.concessions[${i}].cost`));
  }
  const dateInOrder = (path: string, earlierName: string, earlier: string | undefined, laterName: string, later: string | undefined) => {
    if (earlier !== undefined && later !== undefined && !notAfter(earlier, later)) {
      issues.push({ code: 'date-order', path, message: messages.dateAfter(earlierName, earlier, laterName, later) });
    }
  };
  const delivered = order?.deliveredAt;
  if (delivered === undefined) dateInOrder('order.placedAt', 'order.placedAt', order?.placedAt, 'receivedAt', request.receivedAt);
  else dateInOrder('order.placedAt', 'order.placedAt', order?.placedAt, 'order.deliveredAt', delivered);
  dateInOrder('order.deliveredAt', 'order.deliveredAt', delivered, 'receivedAt', request.receivedAt);
  dateInOrder('customer.since', 'customer.since', customer?.since, 'receivedAt', request.receivedAt);
  const items = order?.items;
  if (items?.some((item) => item?.lineId !== undefined)) {
    const lineIds = new Set<string>();
    items.forEach((item, i) => {
      const lineId = item?.lineId;
      if (lineId !== undefined && lineIds.has(lineId)) issues.push({ code: 'duplicate', path: `order.items[${i}].lineId`, message: messages.duplicate('order line', lineId) });
      if (lineId !== undefined) lineIds.add(lineId);
    });
  }
  // Lines are matched only against a whole list of items: with one unreadable, any line might be its.
  if (items !== undefined && items.every(isWholeItem)) {
    // A line that cannot be read is skipped (its issue is the schema's); the others are matched.
    const matched = matchLines(items, (request.lines ?? []).map((line) => (line !== undefined && isWholeLine(line) ? line : null)));
    issues.push(...matched.issues);
    matches = matched.matches;
  }
  return { issues, matches };
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
  return instant(earlier) <= instant(later);
}
