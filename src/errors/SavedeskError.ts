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

/**
 * Every error savedesk throws on purpose. `issues` lists each problem with its
 * path, all at once, so a person can fix them in one pass.
 */
export class SavedeskError extends Error {
  /** Stable, machine-readable code. */
  readonly code: SavedeskErrorCode;
  /** Every problem found, with its path. */
  readonly issues: readonly Issue[];

  constructor(code: SavedeskErrorCode, summary: string, issues: readonly Issue[]) {
    super(issues.length === 0 ? summary : `${summary}\n${issues.map(describeIssue).join('\n')}`);
    this.name = 'SavedeskError';
    this.code = code;
    this.issues = issues;
  }
}

/** The client configuration (catalog, policy, rules) is not valid; thrown by `createDesk`. */
export class SavedeskConfigError extends SavedeskError {
  constructor(issues: readonly Issue[]) {
    super('invalid-config', `The client configuration has ${plural(issues.length, 'problem')}:`, issues);
    this.name = 'SavedeskConfigError';
  }
}

/** The return request is not valid; thrown by `desk.decide`. */
export class SavedeskInputError extends SavedeskError {
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
