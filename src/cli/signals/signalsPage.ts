import type { RecallCandidate } from '../../signals/RecallCandidate';
import { cut, decimal, methodLine, probability, type SignalsSummary } from './signalsReport';

/** `many` cells the chart shows, strongest first; the table lists them all. */
const CHART_CELLS = 15;
/** `few` rows listed under the `many` ones. */
const FEW_ROWS = 20;

/**
 * `savedesk signals --html`: one self-contained page (inline SVG, no script,
 * no request): the counts, the strongest `many` cells against what was
 * expected, and the tables. A minimal page of its own until the report's
 * shared page and chart helpers (Observable Plot) are on main.
 */
export function signalsPage(summary: SignalsSummary): string {
  const many = summary.candidates.filter((c) => c.level === 'many');
  const few = summary.candidates.filter((c) => c.level === 'few').slice(0, FEW_ROWS);
  const pairs = new Set(many.map((c) => `${c.sku}\u0000${c.reason}`)).size;
  const { levels } = summary;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>savedesk signals · ${escape(summary.file)}</title>
<style>${STYLE}</style></head><body><main>
<h1>One, few, or many?</h1>
<p class="meta">${escape(summary.file)} · ${summary.requests} requests, ${summary.skipped} skipped · ${summary.windowDays}-day windows</p>
<p class="meta">${escape(methodLine(summary.method))}</p>
<div class="figures">
<div class="figure many"><div class="value">${levels.many}</div>many: ${pairs} SKU × reason ${pairs === 1 ? 'pair' : 'pairs'} to look at</div>
<div class="figure"><div class="value">${levels.few}</div>few</div>
<div class="figure"><div class="value">${levels.one}</div>one</div>
</div>
${many.length === 0 ? '<p>No SKU × reason was returned by many customers in any window.</p>' : `<h2>The strongest many</h2>\n${barChart(many.slice(0, CHART_CELLS))}`}
<h2>Every many</h2>
${many.length === 0 ? '<p class="meta">None.</p>' : table(many)}
<h2>The strongest few</h2>
${few.length === 0 ? '<p class="meta">None.</p>' : table(few)}
<p class="meta">The same customer counts once per window; a safety reason is many from the first customer.</p>
</main></body></html>
`;
}

const STYLE = `body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232b}
main{max-width:1120px;margin:0 auto;padding:28px}h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:36px 0 10px;padding-top:12px;border-top:1px solid #dde1e6}
.meta{color:#5b6470;font-size:13px;margin:2px 0}.figures{display:flex;gap:14px;margin:20px 0}
.figure{background:#f5f7f9;border:1px solid #dde1e6;border-radius:8px;padding:12px 16px;min-width:180px;color:#5b6470;font-size:13px}
.figure .value{font-size:30px;font-weight:650;color:#1d232b}.figure.many .value{color:#a8551a}
table{border-collapse:collapse;font-size:14px;font-variant-numeric:tabular-nums}th,td{padding:4px 12px 4px 0;border-bottom:1px solid #dde1e6;text-align:left}
th{border-bottom:2px solid #dde1e6}figure{margin:0}.num{text-align:right}svg{max-width:100%;height:auto;font-size:12px}`;

/** Customers (bars) against expected (black ticks) in each cell, one row per cell. */
function barChart(cells: readonly RecallCandidate[]): string {
  const labelWidth = 430;
  const plotWidth = 560;
  const row = 24;
  const top = 28;
  const most = Math.max(...cells.map((c) => Math.max(c.customers, c.expected)));
  const x = (value: number) => labelWidth + (value / most) * plotWidth;
  const rows = cells.map((c, i) => {
    const y = top + i * row;
    const label = `${c.sku} ${cut(c.name ?? '', 24)} · ${c.reason} · ${c.window.start}`;
    return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escape(label)}</text>
<rect x="${labelWidth}" y="${y + 3}" width="${(x(c.customers) - labelWidth).toFixed(1)}" height="${row - 6}" fill="#a8551a" fill-opacity="0.8"><title>${c.customers} customers, ${decimal(c.expected)} expected</title></rect>
<line x1="${x(c.expected).toFixed(1)}" x2="${x(c.expected).toFixed(1)}" y1="${y + 1}" y2="${y + row - 1}" stroke="#1d232b" stroke-width="2"/>`;
  });
  const height = top + cells.length * row + 12;
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelWidth + plotWidth + 40} ${height}" width="${labelWidth + plotWidth + 40}" height="${height}" role="img" aria-label="Customers against expected in the strongest many cells">
<text x="${labelWidth}" y="14">0</text><text x="${labelWidth + plotWidth}" y="14" text-anchor="end">${Math.ceil(most)} customers →</text>
<line x1="${labelWidth}" x2="${labelWidth}" y1="${top}" y2="${height - 12}" stroke="#1d232b"/>
${rows.join('\n')}
</svg><figcaption class="meta">Customers in the window (bars) against the count expected (black ticks), the ${cells.length} strongest many cells.</figcaption></figure>`;
}

function table(cells: readonly RecallCandidate[]): string {
  const header = ['level', 'SKU', 'name', 'reason', 'window', 'customers', 'expected', 'ratio', 'q'];
  const numeric = (i: number) => (i >= 5 ? ' class="num"' : '');
  const rows = cells.map((c) =>
    [c.level, c.sku, c.name ?? '', c.reason, `${c.window.start} … ${c.window.end}`, String(c.customers), decimal(c.expected), decimal(c.ratio), probability(c.qValue)]
      .map((cell, i) => `<td${numeric(i)}>${escape(cell)}</td>`)
      .join(''),
  );
  return `<table><thead><tr>${header.map((name, i) => `<th${numeric(i)}>${name}</th>`).join('')}</tr></thead><tbody>\n${rows.map((cells) => `<tr>${cells}</tr>`).join('\n')}\n</tbody></table>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the history (SKUs, names, reasons) can never become markup. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}
