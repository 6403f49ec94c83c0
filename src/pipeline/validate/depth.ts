import { LIMITS } from '../../limits';
import { messages } from '../../errors/messages';
import type { Issue } from '../../errors/issue';

/**
 * Finds the first place a JSON value nests deeper than the limit, without
 * recursion, so hostile input cannot overflow the stack of the validator
 * (or of this check).
 */
export function depthIssue(value: unknown, limit: number = LIMITS.maxDepth): Issue | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= limit) return { code: 'too-deep', path: '', message: messages.tooDeep(limit) };
    for (const child of Object.values(next.value)) stack.push({ value: child, depth: next.depth + 1 });
  }
  return null;
}
