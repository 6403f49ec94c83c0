import type * as z from 'zod';
import type { Issue, IssueCode } from 'savedesk';
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
  const shown = issues.slice(0, limits.issuesPerError).map(({ code, path, message: text }) => ({
    code,
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

const codeOf: Partial<Record<z.core.$ZodIssue['code'], IssueCode>> = {
  invalid_type: 'wrong-type',
  unrecognized_keys: 'unknown-key',
  too_big: 'too-big',
  too_small: 'too-small',
};

/** zod's issues for a body or file the service reads itself (an accept, the keys file) in savedesk's `{ code, path, message }`. */
export function issuesOf(error: z.ZodError, file?: string): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code === 'invalid_type' && issue.input === undefined ? 'required' : (codeOf[issue.code] ?? 'invalid'),
    ...(file === undefined ? {} : { file }),
    path: formatPathOf(issue.path as (string | number)[]),
    message: issue.message,
  }));
}
