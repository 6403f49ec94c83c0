import * as Plot from '@observablehq/plot';
import type { RecallCandidate } from '../../signals/RecallCandidate';
import { chart, labelMargin } from '../html/chart';
import { formatCount } from '../html/format';
import { html } from '../html/markup';
import { htmlPage } from '../html/page';
import { table, type Column } from '../html/table';
import { cut, decimal, methodLine, probability, type SignalsSummary } from './signalsReport';

/** `many` cells the chart shows, strongest first; the table lists them all. */
const CHART_CELLS = 15;
/** `few` rows listed under the `many` ones. */
const FEW_ROWS = 20;

/**
 * `savedesk signals --html`: one self-contained page in the report's look
 * (inline SVG from Observable Plot, no script, no request): the counts, the
 * strongest `many` cells against what was expected, and the tables.
 */
export function signalsPage(summary: SignalsSummary): string {
  const many = summary.candidates.filter((c) => c.level === 'many');
  const few = summary.candidates.filter((c) => c.level === 'few').slice(0, FEW_ROWS);
  const pairs = new Set(many.map((c) => `${c.sku}\u0000${c.reason}`)).size;
  const { levels } = summary;
  const figure = (label: string, value: number, detail: string) =>
    html`<div class="figure"><div class="label">${label}</div><div class="value">${formatCount(value)}</div><div class="detail">${detail}</div></div>`;
  return htmlPage({
    title: `savedesk signals · ${summary.file}`,
    body: html`<h1>One, few, or many?</h1>
<p class="meta">${summary.file} · ${formatCount(summary.requests)} requests, ${formatCount(summary.skipped)} skipped · ${summary.windowDays}-day windows</p>
<p class="meta">${methodLine(summary.method)}</p>
<div class="figures">${figure('many', levels.many, `${pairs} SKU × reason ${pairs === 1 ? 'pair' : 'pairs'} to look at`)}${figure('few', levels.few, 'cells with more than one customer')}${figure('one', levels.one, 'cells with a single customer')}</div>
${many.length === 0 ? html`<p>No SKU × reason was returned by many customers in any window.</p>` : html`<h2>The strongest many</h2>${manyChart(many.slice(0, CHART_CELLS))}`}
<h2>Every many</h2>
${many.length === 0 ? html`<p class="meta">None.</p>` : table(columns, many)}
<h2>The strongest few</h2>
${few.length === 0 ? html`<p class="meta">None.</p>` : table(columns, few)}
<p class="meta">The same customer counts once per window; a safety reason is many from the first customer.</p>`,
  });
}

const columns: readonly Column<RecallCandidate>[] = [
  { label: 'level', cell: (c) => c.level },
  { label: 'SKU', cell: (c) => c.sku },
  { label: 'name', cell: (c) => c.name ?? '' },
  { label: 'reason', cell: (c) => c.reason },
  { label: 'window', cell: (c) => `${c.window.start} … ${c.window.end}` },
  { label: 'customers', cell: (c) => String(c.customers), numeric: true },
  { label: 'expected', cell: (c) => decimal(c.expected), numeric: true },
  { label: 'ratio', cell: (c) => decimal(c.ratio), numeric: true },
  { label: 'q', cell: (c) => probability(c.qValue), numeric: true, title: 'Benjamini–Hochberg q-value across every cell tested' },
];

/** Customers (bars) against expected (black ticks) in each cell, one row per cell. */
function manyChart(cells: readonly RecallCandidate[]) {
  const rows = cells.map((c) => ({ label: `${c.sku} ${cut(c.name ?? '', 22)} · ${c.reason} · ${c.window.start}`, customers: c.customers, expected: c.expected }));
  return chart(
    {
      width: 1000, height: 40 + rows.length * 24, marginLeft: labelMargin(rows.map((row) => row.label), 460), marginRight: 40,
      x: { grid: true, label: 'customers →' },
      y: { domain: rows.map((row) => row.label), label: null },
      style: { fontSize: '12px' },
      marks: [
        Plot.barX(rows, { y: 'label', x: 'customers', fill: '#a8551a', fillOpacity: 0.8 }),
        Plot.tickX(rows, { y: 'label', x: 'expected', stroke: '#1d232b', strokeWidth: 2 }),
      ],
    },
    `Customers in the window (bars) against the count expected (black ticks), the ${cells.length} strongest many cells.`,
  );
}
