import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { html, Markup } from './markup';

/** Room for long labels on the left of a horizontal chart, in pixels, at a 12px font. */
export function labelMargin(labels: readonly string[], most = 260): number {
  // 7.2 px a character: wide enough for upper-case names (SKU descriptions often are) at 12px.
  return Math.min(most, 16 + 7.2 * Math.max(0, ...labels.map((label) => label.length)));
}

/**
 * An Observable Plot chart rendered in Node into inline SVG (with `linkedom`
 * as its document), in a `<figure>` with a caption: no script, no request,
 * and the same bytes for the same options on every machine (Plot names its
 * style class by a constant, and nothing here reads the clock or the locale).
 */
export function chart(options: Plot.PlotOptions, caption?: string): Markup {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const rendered = Plot.plot({ ...options, document: document as unknown as Document });
  return html`<figure class="chart">${new Markup(rendered.outerHTML)}${caption === undefined ? '' : html`<figcaption>${caption}</figcaption>`}</figure>`;
}
