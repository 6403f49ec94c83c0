/** Text already fit to put in an HTML page as it is: built by {@link html}, never from unescaped input. */
export class Markup {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** What {@link html} accepts in a placeholder: text and numbers are escaped, markup is kept, nothing (null, false) is left out. */
export type Fragment = string | number | Markup | null | undefined | false | readonly Fragment[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/**
 * A template of HTML in which every placeholder is escaped unless it is
 * {@link Markup}: a client's offer label or an agent id can never become
 * markup in a page.
 * @example html`<td>${offer.label}</td>`
 */
export function html(strings: TemplateStringsArray, ...values: readonly Fragment[]): Markup {
  let text = strings[0]!;
  values.forEach((value, i) => {
    text += fragment(value) + strings[i + 1]!;
  });
  return new Markup(text);
}

function fragment(value: Fragment): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(fragment).join('');
  return escapeHtml(String(value));
}
