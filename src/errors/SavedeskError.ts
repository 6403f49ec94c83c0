import type { Issue } from './issue';
import { plural } from './messages';

/** The stable codes a {@link SavedeskError} carries. */
export type SavedeskErrorCode =
  | 'invalid-config'
  | 'invalid-input'
  | 'rule-evaluation-failed'
  // The ledger's refusals of an acceptance (`savedesk/ledger`), in the order `accept` checks them.
  | 'unknown-decision'
  | 'already-decided'
  | 'offer-not-made'
  | 'approval-required'
  | 'out-of-stock'
  | 'customer-cap'
  // The ledger's store cannot be reached or opened: nothing was recorded or accepted.
  | 'ledger-unavailable'
  | 'ledger-locked';

/** Marks savedesk's errors, shared by every copy of savedesk loaded (`Symbol.for`), holding the error's code. */
const brand = Symbol.for('savedesk.error');

/**
 * Every error savedesk throws on purpose. `issues` lists each problem with its
 * path, all at once, so a person can fix them in one pass.
 *
 * `instanceof` holds across copies of savedesk (its ESM and CommonJS builds,
 * or two bundles): every instance carries a brand shared through `Symbol.for`.
 */
export class SavedeskError extends Error {
  /** The code this class stands for; `null` for any savedesk error. */
  protected static readonly brandCode: SavedeskErrorCode | null = null;

  /** True for an instance of this class, or an error of the same kind from another copy of savedesk. */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== 'object' || value === null || !(brand in value) || !Object.hasOwn(this, 'brandCode')) return false;
    return this.brandCode === null || this.brandCode === (value as { [brand]: unknown })[brand];
  }

  /** Stable, machine-readable code. */
  readonly code: SavedeskErrorCode;
  /** Every problem found, with its path. */
  readonly issues: readonly Issue[];

  constructor(code: SavedeskErrorCode, summary: string, issues: readonly Issue[]) {
    super(issues.length === 0 ? summary : `${summary}\n${issues.map(describeIssue).join('\n')}`);
    this.name = 'SavedeskError';
    this.code = code;
    this.issues = issues;
    Object.defineProperty(this, brand, { value: code });
  }
}

/** The client configuration (catalog, policy, rules) is not valid; thrown by `createDesk`. */
export class SavedeskConfigError extends SavedeskError {
  protected static override readonly brandCode = 'invalid-config';

  constructor(issues: readonly Issue[]) {
    super('invalid-config', `The client configuration has ${plural(issues.length, 'problem')}:`, issues);
    this.name = 'SavedeskConfigError';
  }
}

/** The return request is not valid; thrown by `desk.decide`. */
export class SavedeskInputError extends SavedeskError {
  protected static override readonly brandCode = 'invalid-input';

  constructor(issues: readonly Issue[]) {
    super('invalid-input', `The return request has ${plural(issues.length, 'problem')}:`, issues);
    this.name = 'SavedeskInputError';
  }
}

/** One issue as an indented line: `file: path: message`, leaving out what the issue does not name. */
export function describeIssue(issue: Issue): string {
  const where = issue.file === undefined ? [issue.path === '' ? '(root)' : issue.path] : [issue.file, issue.path].filter((part) => part !== '');
  return `  ${[...where, issue.message].join(': ')}`;
}
