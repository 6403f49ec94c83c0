import type { Issue } from 'savedesk';
import type { ServiceLimits } from './limits';

/** An error answer: a stable code, one sentence, and the first issues with a count of the rest. */
export interface ErrorBody {
  readonly error: string;
  readonly message: string;
  readonly issues?: readonly Issue[];
  /** How many issues were found beyond those returned. */
  readonly moreIssues?: number;
}

/**
 * The answer for an error with issues: at most `limits.issuesPerError` issues,
 * each message cut to `limits.issueMessageLength` characters, and the count of
 * the rest — so an error's size does not grow with the body that caused it.
 */
export function errorBody(error: string, message: string, issues: readonly Issue[], limits: ServiceLimits): ErrorBody {
  const shown = issues.slice(0, limits.issuesPerError).map(({ path, message: text }) => ({
    path: cut(path, limits.issueMessageLength),
    message: cut(text, limits.issueMessageLength),
  }));
  const more = issues.length - shown.length;
  return more > 0 ? { error, message, issues: shown, moreIssues: more } : { error, message, issues: shown };
}

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

/** A JSON path as savedesk writes it: `lines[0].sku`. */
export function formatPathOf(keys: readonly (string | number)[]): string {
  return keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}
