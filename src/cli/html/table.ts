import { html, type Fragment, type Markup } from './markup';

/** One column of a {@link table}: its heading, how to show a row's cell, and whether it holds numbers (right-aligned). */
export interface Column<Row> {
  readonly label: string;
  readonly cell: (row: Row) => Fragment;
  readonly numeric?: boolean;
  /** A short explanation, shown when the heading is hovered. */
  readonly title?: string;
}

/** An HTML table of `rows`, one column per entry of `columns`. */
export function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[], caption?: string): Markup {
  const align = (column: Column<Row>) => (column.numeric === true ? html` class="num"` : '');
  const title = (column: Column<Row>) => (column.title === undefined ? '' : html` title="${column.title}"`);
  return html`<table>${caption === undefined ? '' : html`<caption>${caption}</caption>`}<thead><tr>${columns.map(
    (column) => html`<th${align(column)}${title(column)}>${column.label}</th>`,
  )}</tr></thead><tbody>${rows.map((row) => html`<tr>${columns.map((column) => html`<td${align(column)}>${column.cell(row)}</td>`)}</tr>`)}</tbody></table>`;
}
