/**
 * One problem found in a config or a request: where it is and what is wrong.
 * `path` is a JSON path relative to the document checked, e.g.
 * `order.items[2].unitPrice` or `rules[3].event.params.offer` (`""` is the root).
 */
export interface Issue {
  /** Where the problem is, e.g. `lines[0].sku`. */
  readonly path: string;
  /** What is wrong, as one sentence a person can act on. */
  readonly message: string;
}

/** Renders a path of keys and indexes as `a.b[0].c`. */
export function formatPath(keys: readonly PropertyKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
