import { vocabularyOf, type DeskOptions } from './desk';
import { checkConfigAgainst } from './pipeline/validate/validateConfig';
import type { CheckResult } from './pipeline/validate/CheckResult';
import { checkRequestAgainst } from './pipeline/validate/validateRequest';
import type { ClientConfig, ValidConfig } from './schema/config';
import type { ReturnRequest, ValidRequest } from './schema/request';

export type { CheckResult } from './pipeline/validate/CheckResult';

/** A config that passed {@link checkConfig}: what `createDesk` takes, with defaults filled in. */
export type CheckedConfig = ValidConfig & ClientConfig;
/** A request that passed {@link checkRequest}: what `desk.decide` takes, with defaults filled in. */
export type CheckedRequest = ValidRequest & ReturnRequest;

/**
 * Checks a client config of unknown type (JSON from a file or HTTP) without
 * throwing: `{ ok: true, value }` with the typed config, or `{ ok: false, issues }`
 * with every problem, as `createDesk` would report them.
 * @param options the facts and operators the host will register, as for `createDesk`.
 * @example
 * ```ts
 * const checked = checkConfig(JSON.parse(text));
 * if (!checked.ok) for (const issue of checked.issues) console.error(issue.path, issue.message);
 * else createDesk(checked.value);
 * ```
 */
export function checkConfig(raw: unknown, options: DeskOptions = {}): CheckResult<CheckedConfig> {
  return checkConfigAgainst(raw, vocabularyOf(options));
}

/**
 * Checks a return request of unknown type without throwing: its shape and
 * what it means on its own (dates in order, lines within the order, amounts in
 * the currency's digits). `desk.decide` also checks it against the client
 * (currency, levels, reason codes).
 * @example
 * ```ts
 * const checked = checkRequest(await response.json());
 * if (checked.ok) console.log(await desk.decide(checked.value));
 * ```
 */
export function checkRequest(raw: unknown): CheckResult<CheckedRequest> {
  return checkRequestAgainst(raw);
}
