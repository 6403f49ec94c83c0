import { decide, type PreparedClient } from './decide';
import type { ClientConfig, ValidConfig } from './schema/config';
import type { Decision } from './schema/decision';
import type { ReturnRequest } from './schema/request';
import { factNames } from './pipeline/facts/factNames';
import { compileRules } from './pipeline/rules/evaluateRules';
import type { CustomFact, CustomOperator } from './pipeline/rules/registry';
import { validateConfig, type Vocabulary } from './pipeline/validate/validateConfig';
import type { AcceptanceModel } from './learning/AcceptanceModel';
import { indexAcceptance } from './learning/acceptanceIndex';
import { validateAcceptance } from './learning/validateAcceptance';
import type { WatchList } from './schema/watch';
import { watchIndex } from './signals/watchIndex';
import { deepFreeze } from './util/deepFreeze';
import { minorDigits } from './money/currency';
import { decimalArithmetic } from './money/decimalArithmetic';
import { minorUnits, OutsideExactRange } from './money/minorUnits';
import { prepareMoney, type PreparedMoney } from './prepared/PreparedMoney';
import { prepareCatalog } from './prepared/PreparedOffer';
import { prepareEvents } from './prepared/PreparedEvent';

/** Options for {@link createDesk}: facts and operators registered from code, never from a rule file. */
export interface DeskOptions {
  /** Facts the host computes, by name; rules may then name them. */
  readonly facts?: Readonly<Record<string, CustomFact>>;
  /** Operators the host defines, by name; rules may then use them. */
  readonly operators?: Readonly<Record<string, CustomOperator>>;
  /**
   * What customers were learned to accept (`learnAcceptance`, or a client
   * folder's `acceptance.json`): offers are ranked by its rates instead of the
   * catalog's priors. Checked like the config; issues are under `acceptance`.
   */
  readonly acceptance?: AcceptanceModel;
  /**
   * SKU × reason pairs under watch (a client folder's `watch.json`): a return
   * that matches makes the fact `watched` true and is flagged `recall-candidate`.
   */
  readonly watch?: WatchList;
}

/** Options for one decision. */
export interface DecideOptions {
  /** Include the facts and each rule's condition results in `decision.trace`. */
  readonly trace?: boolean;
}

/** One client's compiled configuration. Immutable and safe to share across concurrent `decide` calls. */
export interface Desk {
  /** The client's id. */
  readonly clientId: string;
  /** The validated configuration (defaults filled in), frozen: what the ledger re-checks an acceptance against. */
  readonly config: ValidConfig;
  /**
   * Decides what to offer for one return request. Deterministic: the same
   * config and request give the same JSON. Never reads the clock: "now" is
   * `request.receivedAt`.
   * The request is typed, so a typo in a literal fails to compile; JSON from
   * a file or HTTP is checked all the same (pass it through {@link checkRequest}
   * to type it without a throw).
   * @throws SavedeskInputError when the request is invalid (every problem, with its path).
   * @throws SavedeskError with code `rule-evaluation-failed` when a custom fact or operator throws.
   */
  decide(request: ReturnRequest, options?: DecideOptions): Promise<Decision>;
  /**
   * Decides `requests` (a host's own samples: its case files' requests, a few
   * recent ones) round and round, `decisions` times, and discards the
   * decisions, so the first customer does not pay for the JIT's warm-up (the
   * README's *Cold start* says what that costs). Nothing is recorded; a
   * request that is refused is skipped. Requests of several reasons and
   * channels warm more of a large client's rules: each reason's rules are
   * code of their own.
   * @param decisions how many decisions to make; default 2,000, or three per
   * rule for a client of more than about 670 rules (V8 optimises a rule's code
   * once it has run often enough).
   */
  warm(requests: readonly ReturnRequest[], decisions?: number): Promise<void>;
}

/**
 * Decisions `desk.warm` makes by default: past the point where the bench's
 * decisions reach full speed — 2,000 for a client of 50 rules, and about
 * 12,000 for one of 5,000 (three per rule is a margin on that).
 */
const WARM_DECISIONS = 2_000;
const WARM_DECISIONS_PER_RULE = 3;

/**
 * Validates a client's whole configuration, checks its cross-references and
 * prepares its rules once. The config is typed, so a typo in a literal fails
 * to compile; a config read from JSON is checked all the same (pass it through
 * {@link checkConfig} to type it without a throw).
 * @throws SavedeskConfigError listing every problem with its path.
 * @example
 * ```ts
 * const desk = createDesk(config);
 * const decision = await desk.decide(request);
 * ```
 */
export function createDesk(config: ClientConfig, options: DeskOptions = {}): Desk {
  const client = prepareClient(config, options);
  return Object.freeze({
    clientId: client.config.client.id,
    config: client.config,
    decide: (request: ReturnRequest, decideOptions: DecideOptions = {}) => decide(client, request, decideOptions),
    warm: async (requests: readonly ReturnRequest[], decisions = Math.max(WARM_DECISIONS, WARM_DECISIONS_PER_RULE * client.config.rules.length)) => {
      for (let i = 0; i < decisions && requests.length > 0; i++) await decide(client, requests[i % requests.length]!).catch(() => undefined);
    },
  });
}

/** Validates a config and prepares everything a decision reads: what {@link createDesk} wraps. */
export function prepareClient(config: ClientConfig, options: DeskOptions = {}): PreparedClient {
  const registry = { facts: { ...options.facts }, operators: { ...options.operators } };
  const valid = validateConfig(config, vocabularyOf(options));
  const digits = minorDigits(valid.currency);
  let decimal: PreparedMoney<unknown> | undefined;
  const catalog = new Map(prepareCatalog(valid.catalog).map((prepared) => [prepared.offer.id, prepared]));
  // Frozen through and through: `desk.config` is handed out, and decisions read the same object.
  return Object.freeze({
    config: deepFreeze(valid),
    events: prepareEvents(valid.rules, catalog, valid.policy),
    minorUnits: exactMoney(valid, digits),
    decimal: () => (decimal ??= prepareMoney(decimalArithmetic(digits), valid.catalog, valid.policy)),
    rules: compileRules(valid.rules, registry),
    acceptance: indexAcceptance(options.acceptance === undefined ? undefined : validateAcceptance(options.acceptance, valid), valid.policy),
    ...(options.watch === undefined ? {} : { watch: watchIndex(options.watch) }),
  });
}

/** The client's amounts in exact minor units, or undefined when one of them is beyond their range (every decision then uses decimal.js). */
function exactMoney(config: ValidConfig, digits: number): PreparedMoney<number> | undefined {
  try {
    return prepareMoney(minorUnits(digits), config.catalog, config.policy);
  } catch (error) {
    if (error instanceof OutsideExactRange) return undefined;
    throw error;
  }
}

/** The facts and operators rules may name with these options: the built-ins and what the host registers. */
export function vocabularyOf(options: DeskOptions): Vocabulary {
  return { facts: new Set([...factNames, ...Object.keys(options.facts ?? {})]), operators: new Set(Object.keys(options.operators ?? {})) };
}
