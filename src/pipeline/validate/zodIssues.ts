import type * as z from 'zod';
import { messages } from '../../errors/messages';
import { formatPath, shownKey, type Issue, type IssueCode } from '../../errors/issue';

/** What a raw zod issue carries that savedesk's wording needs (zod hands its error map the schema that raised it). */
type RawIssue = z.core.$ZodRawIssue & { readonly inst?: { readonly _zod: { readonly def: { readonly shape?: object } } } };

/**
 * The keys a strict object accepts, by the `keys` list of the issue that
 * reported keys it does not: zod gives its error map the object schema, but
 * the issue it returns carries only the list, shared with the raw issue.
 */
const acceptedKeys = new WeakMap<readonly string[], readonly string[]>();

/** savedesk's sentence for a raw zod issue; undefined leaves zod's (or the schema's own) message. */
function savedeskWording(issue: RawIssue): string | undefined {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return messages.required;
  switch (issue.code) {
    case 'invalid_type':
      return messages.wrongType(issue.expected);
    case 'invalid_value':
      return messages.notOneOf(issue.values.map(String), issue.input);
    case 'unrecognized_keys':
      if (issue.inst?._zod.def.shape) acceptedKeys.set(issue.keys, Object.keys(issue.inst._zod.def.shape));
      return undefined;
    case 'invalid_union':
      if ('discriminator' in issue && 'options' in issue && Array.isArray(issue.options)) {
        const given = (issue.input as Record<string, unknown> | null)?.[issue.discriminator as string];
        return given === undefined ? messages.required : messages.notOneOf(issue.options.map(String), given);
      }
      return undefined;
    case 'too_big':
      return messages.tooBig(issue.origin, String(issue.maximum));
    case 'too_small':
      return messages.tooSmall(issue.origin, String(issue.minimum));
    case 'invalid_format':
      return issue.format === 'regex' ? undefined : messages.invalidFormat(issue.format);
    default:
      return undefined;
  }
}

const codeOf: Partial<Record<z.core.$ZodIssue['code'], IssueCode>> = {
  invalid_type: 'wrong-type',
  invalid_value: 'not-allowed',
  invalid_union: 'not-allowed',
  too_big: 'too-big',
  too_small: 'too-small',
  invalid_format: 'invalid-format',
};

/**
 * Zod issues as savedesk issues. A failed union reports every branch's
 * problems; a person wants the branch they evidently meant, taken here as the
 * one with the fewest problems, a branch of another type than what was
 * written counting as furthest (a too-long list is a list, not a bad string).
 * An unknown key is reported at its own path, with the key meant when it is a slip.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (distance(branch) < distance(best) ? branch : best));
      return fromZodIssues(closest, path);
    }
    if (issue.code === 'unrecognized_keys') {
      const accepted = acceptedKeys.get(issue.keys) ?? [];
      return issue.keys.map((key) => ({ code: 'unknown-key', path: formatPath([...path, key]), message: messages.unknownKey(shownKey(key), accepted) }));
    }
    return [{ code: codeFor(issue), path: formatPath(path), message: issue.message }];
  });
}

function codeFor(issue: z.core.$ZodIssue): IssueCode {
  if (issue.message === messages.required) return 'required';
  if (issue.message === messages.notAnAmount || issue.message === messages.notAUnitAmount) return 'invalid-amount';
  return codeOf[issue.code] ?? 'invalid';
}

/** How far a union branch is from what was written: its number of problems, or Infinity when it expects another type. */
function distance(branch: readonly z.core.$ZodIssue[]): number {
  return branch.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0) ? Number.POSITIVE_INFINITY : branch.length;
}

/** Parses with savedesk's wording: "is required", "must be one of …", an unknown key at its own path. */
export function parseIssues<T>(schema: z.ZodType<T>, raw: unknown): { data: T; issues: null } | { data: null; issues: Issue[] } {
  const parsed = schema.safeParse(raw, { error: savedeskWording });
  return parsed.success ? { data: parsed.data, issues: null } : { data: null, issues: fromZodIssues(parsed.error.issues) };
}
