import { html, Markup } from './markup';

/** What goes into a {@link htmlPage}. */
export interface PageContent {
  /** The document title (the browser tab). */
  readonly title: string;
  /** The page, inside `<main>`. */
  readonly body: Markup;
  /** Rules added after the shared style sheet. */
  readonly style?: string;
}

/**
 * The shared look of savedesk's HTML pages (report, signals): system fonts,
 * headline figures in cards, charts and tables. No web font, no external
 * sheet: a page makes no request.
 */
const STYLE = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6470; --line: #dde1e6; --panel: #f5f7f9; --accent: #1f5fbf; --good: #1b7f4b; --warn: #a8551a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 28px 56px; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 19px; margin: 40px 0 10px; padding-top: 14px; border-top: 1px solid var(--line); }
h3 { font-size: 15px; margin: 22px 0 6px; }
p { margin: 6px 0 10px; max-width: 80ch; }
.meta, .note, figcaption, caption { color: var(--muted); font-size: 13px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 14px; margin: 22px 0 10px; }
.figure { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.figure .label { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.figure .value { font-size: 30px; font-weight: 650; line-height: 1.2; margin: 4px 0 2px; font-variant-numeric: tabular-nums; }
.figure .detail { font-size: 13px; color: var(--muted); }
.verdict { font-size: 16px; padding: 10px 14px; border-left: 4px solid var(--accent); background: var(--panel); max-width: none; }
.verdict.good { border-color: var(--good); }
.verdict.warn { border-color: var(--warn); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 18px 28px; align-items: start; }
figure.chart { margin: 0; }
figure.chart figcaption { margin-top: 4px; }
figure.chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 8px 0 18px; font-size: 14px; font-variant-numeric: tabular-nums; }
caption { text-align: left; padding-bottom: 4px; }
th, td { padding: 5px 12px 5px 0; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { font-weight: 600; border-bottom: 2px solid var(--line); }
.num { text-align: right; }
`;

/** A whole HTML page: one self-contained document, no script. */
export function htmlPage(content: PageContent): string {
  return `<!DOCTYPE html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${content.title}</title><style>${new Markup(
    STYLE + (content.style ?? ''),
  )}</style></head><body><main>${content.body}</main></body></html>`.text}\n`;
}
