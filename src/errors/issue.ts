import { LIMITS } from '../limits';

/** Every kind of problem an {@link Issue} can report, as stable codes a program may branch on. */
export const issueCodes = [
  // Shape: what a JSON value must look like.
  'required', 'wrong-type', 'invalid-amount', 'invalid-format', 'not-allowed', 'unknown-key', 'too-big', 'too-small', 'too-deep', 'invalid',
  // Meaning: amounts, dates and references.
  'unknown-currency', 'currency-mismatch', 'too-many-decimals', 'duplicate', 'date-order', 'range-reversed', 'conflicting-terms',
  'line-not-in-order', 'line-over-ordered', 'unknown-order-line', 'line-sku-differs', 'no-caller-level',
  'unknown-level', 'unknown-reason', 'unknown-offer', 'unknown-fact', 'unknown-operator', 'unsafe-path', 'unknown-placeholder', 'value-not-list',
  // Files, cases, lint warnings and host code.
  'unreadable', 'not-json', 'no-client-folder', 'case-mismatch', 'host-code-threw',
  'offer-never-proposed', 'always-withheld', 'host-fact', 'host-operator', 'level-unused', 'value-type', 'cap-below-level',
  // The ledger: an acceptance refused, records that do not belong together, an address it cannot open.
  'refused', 'mismatch', 'invalid-address',
] as const;

/** A stable code saying what kind of problem an {@link Issue} is, e.g. `unknown-level`. */
export type IssueCode = (typeof issueCodes)[number];

/**
 * One problem found in a config or a request: where it is and what is wrong.
 * `path` is a JSON path relative to the document checked, e.g.
 * `order.items[2].unitPrice` or `rules[3].event.params.offer` (`""` is the root).
 * Problems found in files (`savedesk/node`) also name the `file`, and `path`
 * is then relative to that file, e.g. `[3].event.params.offer`.
 */
export interface Issue {
  /** What kind of problem it is, stable across versions and wordings, e.g. `unknown-level`. */
  readonly code: IssueCode;
  /** The file the problem is in, when it was read from one, e.g. `rules/acme/rules/defects.json`. */
  readonly file?: string;
  /** Where the problem is, e.g. `lines[0].sku`. */
  readonly path: string;
  /** What is wrong, as one sentence a person can act on. */
  readonly message: string;
}

/** Renders a path of keys and indexes as `a.b[0].c`. */
export function formatPath(keys: readonly PropertyKey[]): string {
  let out = '';
  for (const key of keys) {
    const name = shownKey(String(key));
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(name)) out += out === '' ? name : `.${name}`;
    else out += `[${JSON.stringify(name)}]`;
  }
  return out;
}

/**
 * A key as an issue shows it: one longer than any name savedesk accepts is cut
 * to `LIMITS.maxNameLength` characters, so a hostile 10 MB key cannot turn an
 * error message into 10 MB of log.
 */
export function shownKey(key: string): string {
  return key.length <= LIMITS.maxNameLength ? key : `${key.slice(0, LIMITS.maxNameLength)}…`;
}

/** A path inside the document at `prefix`: `joinPath('request', 'lines[0].sku')` is `request.lines[0].sku`. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '' || path === '') return prefix + path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
