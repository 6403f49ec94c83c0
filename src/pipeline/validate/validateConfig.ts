import { endOf } from '../../dates';
import { SavedeskConfigError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Issue } from '../../errors/issue';
import { isCurrency, minorDigits } from '../../money/currency';
import { decimalsOf, money } from '../../money/money';
import { ClientConfigSchema, type ValidConfig } from '../../schema/config';
import { ComparisonSchema, type Condition, type RuleEvent } from '../../schema/rule';
import type { Offer } from '../../schema/offer';
import { isFactReference } from '../rules/factReader';
import { comparisonsOf, type PlacedComparison } from '../rules/conditionTree';
import { builtInOperatorNames, isKnownOperator, operatorMayThrow } from '../rules/operators';
import { parsePath } from '../rules/path';
import { placeholders } from '../decision/template';
import { depthIssue } from './depth';
import { parseIssues } from './zodIssues';
import { salvage, type Salvaged } from './salvage';
import type { CheckResult } from './CheckResult';

/** The facts and operators rules may name: the built-ins plus what the host registered from code. */
export interface Vocabulary {
  readonly facts: ReadonlySet<string>;
  readonly operators: ReadonlySet<string>;
}

const OFFER_MONEY = ['amount', 'maxAmount', 'minSpend', 'unitCost', 'retailValue', 'shippingCost',
  'priceDifference', 'costDifference', 'minReturnValue', 'maxReturnValue'] as const;
const REQUEST_ROOTS = new Set(['id', 'receivedAt', 'channel', 'purpose', 'agent', 'customer', 'order', 'lines', 'reason']);

/**
 * Stage 0 at `createDesk`: checks the whole config, shape and meaning
 * (cross-references, amounts, ranges) in one pass, and throws one
 * {@link SavedeskConfigError} with every problem.
 */
export function validateConfig(raw: unknown, vocabulary: Vocabulary): ValidConfig {
  const checked = checkConfigAgainst(raw, vocabulary);
  if (!checked.ok) throw new SavedeskConfigError(checked.issues);
  return checked.value;
}

/** {@link validateConfig} without the throw: the valid config, or every problem. */
export function checkConfigAgainst(raw: unknown, vocabulary: Vocabulary): CheckResult<ValidConfig> {
  const tooDeep = depthIssue(raw);
  if (tooDeep) return { ok: false, issues: [tooDeep] };
  const parsed = parseIssues(ClientConfigSchema, raw);
  const config = parsed.data ?? salvage(ClientConfigSchema, raw) ?? {};
  const issues = [...(parsed.issues ?? []), ...configIssues(config, raw, vocabulary)];
  return issues.length === 0 ? { ok: true, value: parsed.data! } : { ok: false, issues };
}

/**
 * What a config means (references, amounts, ranges), checked on what of it
 * parses: for a client folder whose files' shapes were refused one by one, so
 * that every problem is still reported at once.
 */
export function configMeaningIssues(raw: unknown, vocabulary: Vocabulary): Issue[] {
  return depthIssue(raw) ? [] : configIssues(salvage(ClientConfigSchema, raw) ?? {}, raw, vocabulary);
}

/**
 * The `key` of every element of a raw list that has a text one: what references
 * may name even where the element is broken; null without a list, when no
 * reference to it can be judged.
 */
function namesIn(list: unknown, key: string): string[] | null {
  if (!Array.isArray(list)) return null;
  return list.flatMap((element: unknown) => {
    const name = typeof element === 'object' && element !== null ? (element as Record<string, unknown>)[key] : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}

function configIssues(config: Salvaged<ValidConfig>, raw: unknown, vocabulary: Vocabulary): Issue[] {
  const issues: Issue[] = [];
  const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, { levels?: unknown } | undefined>;
  const offerIds = namesIn(given.catalog, 'id');
  const levelIds = namesIn(given.policy?.levels, 'id');
  const reasonCodes = namesIn(given.reasons, 'code');
  const facts = vocabulary.facts;
  const catalog = config.catalog ?? [];
  const policy = config.policy ?? {};
  if (config.currency !== undefined && !isCurrency(config.currency)) issues.push({ code: 'unknown-currency', path: 'currency', message: messages.unknownCurrency(config.currency) });
  const currency = config.currency !== undefined && isCurrency(config.currency) ? config.currency : null;
  const checkMoney = (path: string, value: string | undefined) => {
    if (currency !== null && value !== undefined && decimalsOf(value) > minorDigits(currency)) {
      issues.push({ code: 'too-many-decimals', path, message: messages.tooManyDecimals(currency, minorDigits(currency)) });
    }
  };
  duplicates(catalog.map((offer) => offer?.id), 'catalog', 'offer', issues);
  duplicates((policy.levels ?? []).map((level) => level?.id), 'policy.levels', 'level', issues);
  if (config.reasons) duplicates(config.reasons.map((reason) => reason?.code), 'reasons', 'reason', issues);
  // An offer is a union by kind: salvaged whole or not at all.
  (catalog as ReadonlyArray<Offer | undefined>).forEach((offer, i) => {
    if (offer === undefined) return;
    const at = `catalog[${i}]`;
    const terms = offer as Partial<Record<(typeof OFFER_MONEY)[number], string>>;
    for (const field of OFFER_MONEY) checkMoney(`${at}.${field}`, terms[field]);
    if (offer.kind === 'discount' || offer.kind === 'coupon') {
      if ((offer.percent === undefined) === (offer.amount === undefined)) issues.push({ code: 'conflicting-terms', path: at, message: messages.percentOrAmount });
      if (offer.amount !== undefined && offer.maxAmount !== undefined) issues.push({ code: 'conflicting-terms', path: `${at}.maxAmount`, message: messages.maxAmountNeedsPercent });
    }
    if (offer.minReturnValue && offer.maxReturnValue && money(offer.minReturnValue).gt(money(offer.maxReturnValue))) {
      issues.push({ code: 'range-reversed', path: `${at}.minReturnValue`, message: messages.rangeReversed('minReturnValue', 'maxReturnValue') });
    }
    if (offer.validFrom && offer.validTo && Date.parse(offer.validFrom) > endOf(offer.validTo)) {
      issues.push({ code: 'range-reversed', path: `${at}.validFrom`, message: messages.rangeReversed('validFrom', 'validTo') });
    }
    offer.reasons?.forEach((code, j) => {
      if (reasonCodes && !reasonCodes.includes(code)) issues.push({ code: 'unknown-reason', path: `${at}.reasons[${j}]`, message: messages.unknownReason(code, reasonCodes) });
    });
  });
  policy.levels?.forEach((level, i) => checkMoney(`policy.levels[${i}].maxCost`, level?.maxCost));
  checkMoney('policy.customerCap.maxCost', policy.customerCap?.maxCost);
  checkMoney('policy.returnCosts.shipping', policy.returnCosts?.shipping);
  checkMoney('policy.returnCosts.processing', policy.returnCosts?.processing);
  for (const [channel, level] of Object.entries(policy.channelLevels ?? {})) {
    if (level !== undefined && levelIds !== null && !levelIds.includes(level)) issues.push({ code: 'unknown-level', path: `policy.channelLevels.${channel}`, message: messages.unknownLevel(level, levelIds) });
  }
  const rawRules = Array.isArray(given.rules) ? (given.rules as unknown[]) : [];
  config.rules?.forEach((rule, i) => {
    // A union (a condition, an event) is salvaged whole or not at all; in a broken condition, each comparison that parses is checked.
    const at = `rules[${i}].conditions`;
    const comparisons = rule?.conditions ? comparisonsOf(rule.conditions as Condition, at) : readableComparisons((rawRules[i] as { conditions?: unknown } | undefined)?.conditions, at);
    comparisonIssues(comparisons, facts, vocabulary.operators, issues);
    if (rule?.event) eventIssues(rule.event as RuleEvent, `rules[${i}].event.params`, offerIds, levelIds, issues);
  });
  return issues;
}

/** Adds an issue at `path[i]` for every id that repeats an earlier one. */
export function duplicates(ids: ReadonlyArray<string | undefined>, path: string, what: string, issues: Issue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (seen.has(id)) issues.push({ code: 'duplicate', path: `${path}[${i}]`, message: messages.duplicate(what, id) });
    seen.add(id);
  });
}

/** The comparisons of a condition whose shape was refused, that parse on their own, each at its path. */
function readableComparisons(raw: unknown, at: string): PlacedComparison[] {
  if (raw === null || typeof raw !== 'object') return [];
  const group = raw as { all?: unknown; any?: unknown; not?: unknown };
  if (Array.isArray(group.all)) return group.all.flatMap((child, i) => readableComparisons(child, `${at}.all[${i}]`));
  if (Array.isArray(group.any)) return group.any.flatMap((child, i) => readableComparisons(child, `${at}.any[${i}]`));
  if ('not' in group) return readableComparisons(group.not, `${at}.not`);
  const comparison = ComparisonSchema.safeParse(raw);
  return comparison.success ? [{ comparison: comparison.data, path: at }] : [];
}

function comparisonIssues(comparisons: readonly PlacedComparison[], facts: ReadonlySet<string>, operators: ReadonlySet<string>, issues: Issue[]): void {
  for (const { comparison, path } of comparisons) {
    if (!facts.has(comparison.fact)) issues.push({ code: 'unknown-fact', path: `${path}.fact`, message: messages.unknownFact(comparison.fact, [...facts]) });
    if (!isKnownOperator(comparison.operator, operators)) issues.push({ code: 'unknown-operator', path: `${path}.operator`, message: messages.unknownOperator(comparison.operator, [...builtInOperatorNames, ...operators]) });
    if (comparison.path !== undefined && parsePath(comparison.path) === null) issues.push({ code: 'unsafe-path', path: `${path}.path`, message: messages.unsafePath(comparison.path) });
    const value = comparison.value;
    // A constant the operator cannot compare with (`in` with {}) would fail every decide: refuse it now.
    // Behind `swap` the constant is compared as the fact, which only deciding shows.
    const constant = !isFactReference(value) && !comparison.operator.split(':').includes('swap');
    if (constant && operatorMayThrow(comparison.operator, { known: value })) issues.push({ code: 'value-not-list', path: `${path}.value`, message: messages.valueNotList(comparison.operator) });
    if (isFactReference(value)) {
      if (typeof value.fact !== 'string' || !facts.has(value.fact)) {
        issues.push({ code: 'unknown-fact', path: `${path}.value.fact`, message: messages.unknownFact(String(value.fact), [...facts]) });
      }
      if (value.path !== undefined && (typeof value.path !== 'string' || parsePath(value.path) === null)) {
        issues.push({ code: 'unsafe-path', path: `${path}.value.path`, message: messages.unsafePath(String(value.path)) });
      }
    }
  }
}

function eventIssues(event: RuleEvent, at: string, offerIds: readonly string[] | null, levelIds: readonly string[] | null, issues: Issue[]): void {
  const checkOffer = (path: string, id: string | undefined) => {
    if (id !== undefined && offerIds !== null && !offerIds.includes(id)) issues.push({ code: 'unknown-offer', path, message: messages.unknownOffer(id, offerIds) });
  };
  switch (event.type) {
    case 'offer':
      if ((event.params.offer === undefined) === (event.params.offers === undefined)) issues.push({ code: 'conflicting-terms', path: at, message: messages.offerOrOffers });
      checkOffer(`${at}.offer`, event.params.offer);
      event.params.offers?.forEach((id, i) => checkOffer(`${at}.offers[${i}]`, id));
      return;
    case 'exclude':
    case 'require-level':
      if (event.params.offer !== undefined && event.params.kind !== undefined) issues.push({ code: 'conflicting-terms', path: at, message: messages.offerOrKind });
      if (event.type === 'exclude' && event.params.offer === undefined && event.params.kind === undefined) issues.push({ code: 'required', path: at, message: messages.excludeNeedsTarget });
      checkOffer(`${at}.offer`, event.params.offer);
      if (event.type === 'require-level' && levelIds !== null && !levelIds.includes(event.params.level)) issues.push({ code: 'unknown-level', path: `${at}.level`, message: messages.unknownLevel(event.params.level, levelIds) });
      return;
    case 'guide':
      for (const placeholder of placeholders(event.params.text)) {
        const steps = parsePath(`$.${placeholder}`);
        if (steps === null || !REQUEST_ROOTS.has(String(steps[0]))) issues.push({ code: 'unknown-placeholder', path: `${at}.text`, message: messages.unknownPlaceholder(placeholder) });
      }
      return;
    default:
      return;
  }
}
