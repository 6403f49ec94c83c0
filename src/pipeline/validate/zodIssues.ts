import type * as z from 'zod';
import { messages } from '../../errors/messages';
import { formatPath, shownKey, type Issue } from '../../errors/issue';

/**
 * Zod issues as savedesk issues. A failed union reports every branch's
 * problems; a person wants the branch they evidently meant, taken here as the
 * one with the fewest problems, a branch of another type than what was
 * written counting as furthest (a too-long list is a list, not a bad string).
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (distance(branch) < distance(best) ? branch : best));
      return fromZodIssues(closest, path);
    }
    if (issue.code === 'unrecognized_keys') return [{ path: formatPath(path), message: messages.unrecognizedKeys(issue.keys.map(shownKey)) }];
    return [{ path: formatPath(path), message: issue.message }];
  });
}

/** How far a union branch is from what was written: its number of problems, or Infinity when it expects another type. */
function distance(branch: readonly z.core.$ZodIssue[]): number {
  return branch.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0) ? Number.POSITIVE_INFINITY : branch.length;
}

/** Parses with savedesk's wording: a missing field is "required", not "expected string, received undefined". */
export function parseIssues<T>(schema: z.ZodType<T>, raw: unknown): { data: T; issues: null } | { data: null; issues: Issue[] } {
  const parsed = schema.safeParse(raw, { error: (issue) => (issue.input === undefined ? messages.required : undefined) });
  return parsed.success ? { data: parsed.data, issues: null } : { data: null, issues: fromZodIssues(parsed.error.issues) };
}
