import type * as z from 'zod';
import { messages } from '../../errors/messages';
import { formatPath, type Issue } from '../../errors/issue';

/**
 * Zod issues as savedesk issues. A failed union reports every branch's
 * problems; a person wants the branch they evidently meant, taken here as the
 * one with the fewest problems.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
      return fromZodIssues(closest, path);
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}

/** Parses with savedesk's wording: a missing field is "required", not "expected string, received undefined". */
export function parseIssues<T>(schema: z.ZodType<T>, raw: unknown): { data: T; issues: null } | { data: null; issues: Issue[] } {
  const parsed = schema.safeParse(raw, { error: (issue) => (issue.input === undefined ? messages.required : undefined) });
  return parsed.success ? { data: parsed.data, issues: null } : { data: null, issues: fromZodIssues(parsed.error.issues) };
}
