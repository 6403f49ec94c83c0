/**
 * `npm run signals:uci -- [--out <dir>] [--exposure units|buyers] [savedesk signals options]`: turns the real UCI
 * Online Retail data (../shared/data/online-retail-uci, see its SOURCE.md) into a return
 * history (NDJSON) and a sales file (CSV) in a temp folder, then runs `savedesk signals` on
 * them. Nothing is written into the repository; the data is never copied into the package.
 *
 * The data has no return reasons, so every request gets the reason `unspecified`:
 * "same reason" can only mean "same SKU". It has no categories either: every SKU is
 * rated against the whole shop. Units sold are the positive quantities of the non-`C`
 * invoices, per stock code, over the same 13 months; with `--exposure buyers`, its distinct
 * buyers instead (a wholesaler buys 100 at once, a household 1, and each returns as one customer).
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { Decimal } from 'decimal.js';
import { run } from '../src/cli/main';
import { processTerminal } from '../src/cli/terminal';
import type { ReturnRequest } from '../src/index';

const DATA = resolve(import.meta.dirname, '../../shared/data/online-retail-uci');
/** Stock codes that are not products (SOURCE.md): postage, discounts, manual entries, fees, bad-debt adjustments, gift vouchers. */
const NOT_A_PRODUCT = /^(M|m|POST|D|S|AMAZONFEE|BANK CHARGES|CRUK|C2|DOT|PADS|B)$|^gift_/;
/** The data gives no reason; this one stands for "whatever it was". */
const REASON = 'unspecified';

// --out and --exposure are this script's; every other argument goes to `savedesk signals` as it is.
const own = { out: { type: 'string' }, exposure: { type: 'string', default: 'units' } } as const;
const { values, tokens } = parseArgs({ options: own, allowPositionals: true, strict: false, tokens: true });
const passOn = tokens.flatMap((token) => (token.kind === 'option' && token.name in own ? [] : token.kind === 'option' ? [token.rawName, ...(token.value === undefined ? [] : [token.value])] : token.kind === 'positional' ? [token.value] : []));
const byBuyers = values.exposure === 'buyers';
if (!existsSync(DATA)) {
  console.error(`signals:uci: ${DATA} is not there (see the README: the shared data sits beside the repository)`);
  process.exit(2);
}
const started = performance.now();
const out = typeof values.out === 'string' ? values.out : join(tmpdir(), 'savedesk-signals-uci');
await mkdir(out, { recursive: true });

/** The UCI request as return_requests.jsonl.gz holds it (SOURCE.md, "Mapping onto ReturnRequest"). */
interface UciLine {
  sku: string;
  name?: string;
  quantity: number;
  unitPrice: string;
  kind: 'product' | 'adjustment';
}
interface UciRequest {
  id: string;
  receivedAt: string;
  customer: { id: string | null } | null;
  order: { id: string; placedAt: string; total: string; items: { sku: string; name?: string; unitPrice: string; quantity: number }[] } | null;
  lines: UciLine[];
}

/** A savedesk request from a UCI one, or why it cannot be one. */
function toRequest(uci: UciRequest): ReturnRequest | 'no-customer' | 'no-product' {
  const customer = uci.customer?.id;
  if (customer === null || customer === undefined) return 'no-customer';
  const lines = uci.lines.filter((line) => line.kind === 'product' && !NOT_A_PRODUCT.test(line.sku));
  if (lines.length === 0) return 'no-product';
  // The order's items, and any returned SKU the guessed order lacks (bought before the data begins), once per SKU.
  const items = new Map<string, { sku: string; name?: string; unitPrice: string; quantity: number }>();
  for (const item of [...(uci.order?.items ?? []), ...lines]) {
    const known = items.get(item.sku);
    if (known) known.quantity += item.quantity;
    else items.set(item.sku, { sku: item.sku, ...(item.name ? { name: item.name } : {}), unitPrice: item.unitPrice.replace(/^-/, ''), quantity: item.quantity });
  }
  const returned = new Map<string, number>();
  for (const line of lines) returned.set(line.sku, (returned.get(line.sku) ?? 0) + line.quantity);
  for (const [sku, quantity] of returned) items.get(sku)!.quantity = Math.max(items.get(sku)!.quantity, quantity);
  const total = [...items.values()].reduce((sum, item) => sum.plus(new Decimal(item.unitPrice).times(item.quantity)), new Decimal(0));
  return {
    id: uci.id,
    receivedAt: uci.receivedAt,
    channel: 'email',
    customer: { id: customer },
    order: { id: uci.order?.id ?? `before-${uci.id}`, placedAt: uci.order?.placedAt ?? uci.receivedAt, currency: 'GBP', total: total.toFixed(2), items: [...items.values()] },
    lines: [...returned].map(([sku, quantity]) => ({ sku, quantity })),
    reason: { code: REASON },
  };
}

const requests: string[] = [];
const dropped = { 'no-customer': 0, 'no-product': 0 };
for await (const text of createInterface({ input: createReadStream(join(DATA, 'return_requests.jsonl.gz')).pipe(createGunzip()), crlfDelay: Infinity })) {
  if (text.trim() === '') continue;
  const request = toRequest(JSON.parse(text) as UciRequest);
  if (typeof request === 'string') dropped[request]++;
  else requests.push(JSON.stringify(request));
}

const units = new Map<string, number>();
const buyers = new Map<string, Set<string>>();
const rows = createReadStream(join(DATA, 'online_retail.csv.gz')).pipe(createGunzip()).pipe(parse({ columns: true }));
for await (const row of rows as AsyncIterable<Record<string, string>>) {
  const quantity = Number(row['Quantity']);
  if (row['InvoiceNo']!.startsWith('C') || !(quantity > 0) || NOT_A_PRODUCT.test(row['StockCode']!)) continue;
  units.set(row['StockCode']!, (units.get(row['StockCode']!) ?? 0) + quantity);
  const customers = buyers.get(row['StockCode']!) ?? new Set<string>();
  buyers.set(row['StockCode']!, customers.add(row['CustomerID'] || `invoice ${row['InvoiceNo']}`));
}
// With --exposure buyers, a SKU's "units" are its distinct buyers: a fairer exposure for counting distinct returners
// in a shop where a wholesaler buys 100 at once and a household 1.
if (byBuyers) for (const [sku, customers] of buyers) units.set(sku, customers.size);

const history = join(out, 'history.ndjson');
const sales = join(out, 'sales.csv');
await writeFile(history, `${requests.join('\n')}\n`);
await writeFile(sales, `sku,units\n${[...units].map(([sku, sold]) => `${sku},${sold}`).join('\n')}\n`);
console.error(
  `signals:uci: ${requests.length} requests (dropped ${dropped['no-customer']} without a customer, ${dropped['no-product']} with no product line), ` +
    `${units.size} SKUs sold → ${history}, ${sales} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
const terminal = processTerminal();
process.exitCode = await run(['signals', history, '--sales', sales, ...passOn], terminal);
console.error(`signals:uci: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
