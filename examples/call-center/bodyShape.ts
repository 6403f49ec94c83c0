import type { Issue } from 'savedesk';
import { formatPathOf } from './issues';
import type { ServiceLimits } from './limits';
import { messages } from './messages';

/**
 * Checks a parsed body's size before savedesk validates it: the count of JSON
 * values, each list's length and the nesting depth. One pass with its own
 * stack (no recursion, so a deep body cannot overflow it) that stops at the
 * first problem, so a body of a thousand bad entries costs about as much as
 * reading it — not a thousand issues' worth of validation.
 * @returns the one issue found, or `undefined` when the body is within limits.
 */
export function oversizedBody(body: unknown, limits: ServiceLimits): Issue | undefined {
  const stack: { value: unknown; path: readonly (string | number)[] }[] = [{ value: body, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    values += 1;
    if (values > limits.bodyValues) return { code: 'too-big', path: '', message: messages.tooManyValues(limits.bodyValues) };
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limits.bodyDepth) return { code: 'too-deep', path: formatPathOf(path), message: messages.tooDeep(limits.bodyDepth) };
    if (Array.isArray(value)) {
      if (value.length > limits.listEntries) return { code: 'too-big', path: formatPathOf(path), message: messages.listTooLong(limits.listEntries) };
      value.forEach((entry, index) => stack.push({ value: entry, path: [...path, index] }));
    } else {
      for (const [key, entry] of Object.entries(value)) stack.push({ value: entry, path: [...path, key] });
    }
  }
  return undefined;
}
