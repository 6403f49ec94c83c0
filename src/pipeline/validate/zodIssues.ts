import type * as z from 'zod';
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
