/**
 * Return requests built from the real UCI Online Retail data
 * (`../shared/data/online-retail-uci`, see its SOURCE.md): each cancellation
 * invoice of a known customer, with the order it most likely reverses. As
 * SOURCE.md describes, a cancelled line is matched to the customer's latest
 * earlier invoice with the same SKU; the order is the invoice matched by the
 * most lines, and the request returns the lines matched to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ReturnRequest } from '../../src/index';
import { formatMoney, money, sum } from '../../src/money/money';

/** Where the data is, beside the repository (CI clones the repo with shared/ beside it). */
export const uciDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'online-retail-uci');

/** Whether the data is there to read. */
export const hasUciData = (): boolean => existsSync(join(uciDir, 'online_retail.csv.gz'));

/** Codes of `C` lines that are charges and adjustments, not goods sent back (SOURCE.md). */
const adjustments = new Set(['M', 'POST', 'D', 'S', 'AMAZONFEE', 'BANK CHARGES', 'CRUK', 'C2', 'DOT']);

interface Row {
  readonly invoice: string;
  readonly sku: string;
  readonly quantity: number;
  readonly at: string;
  readonly unitPrice: string;
  readonly customer: string;
}

/** The rows of a gzipped CSV with a free-text Description in the third column: the other columns never hold a comma. */
function rows(file: string): Row[] {
  const lines = gunzipSync(readFileSync(join(uciDir, file))).toString('utf8').split('\n').slice(1);
  return lines.flatMap((line) => {
    if (line === '') return [];
    const left = line.split(',', 2);
    const right = line.split(',').slice(-5);
    const [quantity, at, unitPrice, customer] = right;
    return [{ invoice: left[0]!, sku: left[1]!, quantity: Number(quantity), at: at!, unitPrice: unitPrice!, customer: customer! }];
  });
}

/** A naive UK local time (`2011-06-01 10:00:00`) as ISO 8601 with its offset: BST (+01:00) from 01:00 UTC on the last Sunday of March to the last Sunday of October. */
export function londonTime(local: string): string {
  const [date, time] = local.split(' ');
  const year = Number(date!.slice(0, 4));
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  const asUtc = Date.parse(`${date}T${time}Z`);
  const summer = asUtc - 3_600_000 >= lastSunday(2) && asUtc - 3_600_000 < lastSunday(9);
  return `${date}T${time}${summer ? '+01:00' : '+00:00'}`;
}

/** Σ quantity × price over the items, to the penny (prices may carry a tenth of a penny). */
function orderTotal(items: readonly { unitPrice: string; quantity: number }[]): string {
  return formatMoney(sum(items.map((item) => money(item.unitPrice).times(item.quantity))), 2);
}

/** Every cancellation of a known customer whose lines match an earlier order, as a request (email, reason "unspecified"). */
export function uciRequests(): ReturnRequest[] {
  const cancelled = rows('cancellation_lines.csv.gz').filter((row) => row.customer !== '' && !adjustments.has(row.sku));
  const customers = new Set(cancelled.map((row) => row.customer));
  const invoices = new Map<string, Row[]>();
  for (const row of rows('online_retail.csv.gz')) {
    if (row.invoice.startsWith('C') || !customers.has(row.customer) || row.quantity <= 0) continue;
    invoices.set(row.invoice, [...(invoices.get(row.invoice) ?? []), row]);
  }
  const ordersOf = new Map<string, Row[][]>();
  for (const order of invoices.values()) ordersOf.set(order[0]!.customer, [...(ordersOf.get(order[0]!.customer) ?? []), order]);
  const byInvoice = new Map<string, Row[]>();
  for (const row of cancelled) byInvoice.set(row.invoice, [...(byInvoice.get(row.invoice) ?? []), row]);

  return [...byInvoice.values()].flatMap((lines): ReturnRequest[] => {
    const first = lines[0]!;
    const earlier = (ordersOf.get(first.customer) ?? []).filter((order) => order[0]!.at <= first.at);
    const matched = lines.map((line) => earlier.filter((order) => order.some((item) => item.sku === line.sku)).at(-1));
    const counts = new Map<Row[], number>();
    for (const order of matched) if (order) counts.set(order, (counts.get(order) ?? 0) + 1);
    const order = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (order === undefined) return [];
    const items = order.map((item) => ({ sku: item.sku, unitPrice: item.unitPrice, quantity: item.quantity }));
    const since = (ordersOf.get(first.customer) ?? []).map((o) => o[0]!.at).sort()[0]!;
    return [{
      id: first.invoice,
      receivedAt: londonTime(first.at),
      channel: 'email',
      purpose: 'return',
      customer: { id: first.customer, since: londonTime(since) },
      order: { id: order[0]!.invoice, placedAt: londonTime(order[0]!.at), currency: 'GBP', total: orderTotal(items), items },
      lines: lines.filter((_, i) => matched[i] === order).map((line) => ({ sku: line.sku, quantity: -line.quantity })),
      reason: { code: 'unspecified' },
    }];
  });
}
