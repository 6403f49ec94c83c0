import type { Issue } from '../../errors/issue';

/** What a check found: the valid value, or every problem. */
export type CheckResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };
