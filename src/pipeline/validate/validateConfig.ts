import { endOf } from '../../dates';
import { SavedeskConfigError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Issue } from '../../errors/issue';
import { isCurrency, minorDigits } from '../../money/currency';
import { decimalsOf, money } from '../../money/money';
import { ClientConfigSchema, type ValidConfig } from '../../schema/config';
import type { Condition, RuleEvent } from '../../schema/rule';
import { isFactReference } from '../rules/factReader';
import { comparisonsOf } from '../rules/conditionTree';
import { isKnownOperator, operatorMayThrow } from '../rules/operators';
import { parsePath } from '../rules/path';
import { placeholders } from '../decision/template';
import { depthIssue } from './depth';
import { parseIssues } from './zodIssues';

/** The facts and operators rules may name: the built-ins plus what the host registered from code. */
export interface Vocabulary {
  readonly facts: ReadonlySet<string>;
  readonly operators: ReadonlySet<string>;
}

const OFFER_MONEY = ['amount', 'maxAmount', 'minSpend', 'unitCost', 'retailValue', 'shippingCost',
  'priceDifference', 'costDifference', 'minReturnValue', 'maxReturnValue'] as const;
const REQUEST_ROOTS = new Set(['id', 'receivedAt', 'channel', 'purpose', 'agent', 'customer', 'order', 'lines', 'reason']);

/**
 * Stage 0 at `createDesk`: checks the whole config (shape, then meaning and
 * cross-references) and throws one {@link SavedeskConfigError} with every problem.
 */
export function validateConfig(raw: unknown, vocabulary: Vocabulary): ValidConfig {
  const tooDeep = depthIssue(raw);
  if (tooDeep) throw new SavedeskConfigError([tooDeep]);
  const parsed = parseIssues(ClientConfigSchema, raw);
  if (parsed.issues) throw new SavedeskConfigError(parsed.issues);
  const issues = configIssues(parsed.data, vocabulary);
  if (issues.length > 0) throw new SavedeskConfigError(issues);
  return parsed.data;
}

function configIssues(config: ValidConfig, vocabulary: Vocabulary): Issue[] {
  const issues: Issue[] = [];
  const offerIds = new Set(config.catalog.map((offer) => offer.id));
  const levelIds = new Set(config.policy.levels.map((level) => level.id));
  const reasonCodes = config.reasons ? new Set(config.reasons.map((reason) => reason.code)) : null;
  const facts = vocabulary.facts;

  if (!isCurrency(config.currency)) issues.push({ path: 'currency', message: messages.unknownCurrency(config.currency) });
  const digits = isCurrency(config.currency) ? minorDigits(config.currency) : 4;
  const checkMoney = (path: string, value: string | undefined) => {
    if (value !== undefined && decimalsOf(value) > digits) issues.push({ path, message: messages.tooManyDecimals(config.currency, digits) });
  };

  duplicates(config.catalog.map((offer) => offer.id), 'catalog', 'offer', issues);
  duplicates(config.policy.levels.map((level) => level.id), 'policy.levels', 'level', issues);
  if (config.reasons) duplicates(config.reasons.map((reason) => reason.code), 'reasons', 'reason', issues);

  config.catalog.forEach((offer, i) => {
    const at = `catalog[${i}]`;
    const terms = offer as Partial<Record<(typeof OFFER_MONEY)[number], string>>;
    for (const field of OFFER_MONEY) checkMoney(`${at}.${field}`, terms[field]);
    if (offer.kind === 'discount' || offer.kind === 'coupon') {
      if ((offer.percent === undefined) === (offer.amount === undefined)) issues.push({ path: at, message: messages.percentOrAmount });
      if (offer.amount !== undefined && offer.maxAmount !== undefined) issues.push({ path: `${at}.maxAmount`, message: messages.maxAmountNeedsPercent });
    }
    if (offer.minReturnValue && offer.maxReturnValue && money(offer.minReturnValue).gt(money(offer.maxReturnValue))) {
      issues.push({ path: `${at}.minReturnValue`, message: messages.rangeReversed('minReturnValue', 'maxReturnValue') });
    }
    if (offer.validFrom && offer.validTo && Date.parse(offer.validFrom) > endOf(offer.validTo)) {
      issues.push({ path: `${at}.validFrom`, message: messages.rangeReversed('validFrom', 'validTo') });
    }
    offer.reasons?.forEach((code, j) => {
      if (reasonCodes && !reasonCodes.has(code)) issues.push({ path: `${at}.reasons[${j}]`, message: messages.unknownReason(code) });
    });
  });

  config.policy.levels.forEach((level, i) => checkMoney(`policy.levels[${i}].maxCost`, level.maxCost));
  checkMoney('policy.customerCap.maxCost', config.policy.customerCap?.maxCost);
  checkMoney('policy.returnCosts.shipping', config.policy.returnCosts?.shipping);
  checkMoney('policy.returnCosts.processing', config.policy.returnCosts?.processing);
  for (const [channel, level] of Object.entries(config.policy.channelLevels ?? {})) {
    if (level !== undefined && !levelIds.has(level)) issues.push({ path: `policy.channelLevels.${channel}`, message: messages.unknownLevel(level) });
  }

  config.rules.forEach((rule, i) => {
    conditionIssues(rule.conditions, `rules[${i}].conditions`, facts, vocabulary.operators, issues);
    eventIssues(rule.event, `rules[${i}].event.params`, offerIds, levelIds, issues);
  });
  return issues;
}

/** Adds an issue at `path[i]` for every id that repeats an earlier one. */
export function duplicates(ids: readonly string[], path: string, what: string, issues: Issue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: `${path}[${i}]`, message: messages.duplicate(what, id) });
    seen.add(id);
  });
}

function conditionIssues(condition: Condition, at: string, facts: ReadonlySet<string>, operators: ReadonlySet<string>, issues: Issue[]): void {
  for (const { comparison, path } of comparisonsOf(condition, at)) {
    if (!facts.has(comparison.fact)) issues.push({ path: `${path}.fact`, message: messages.unknownFact(comparison.fact, [...facts]) });
    if (!isKnownOperator(comparison.operator, operators)) issues.push({ path: `${path}.operator`, message: messages.unknownOperator(comparison.operator) });
    if (comparison.path !== undefined && parsePath(comparison.path) === null) issues.push({ path: `${path}.path`, message: messages.unsafePath(comparison.path) });
    const value = comparison.value;
    // A constant the operator cannot compare with (`in` with {}) would fail every decide: refuse it now.
    // Behind `swap` the constant is compared as the fact, which only deciding shows.
    const constant = !isFactReference(value) && !comparison.operator.split(':').includes('swap');
    if (constant && operatorMayThrow(comparison.operator, { known: value })) issues.push({ path: `${path}.value`, message: messages.valueNotList(comparison.operator) });
    if (isFactReference(value)) {
      if (typeof value.fact !== 'string' || !facts.has(value.fact)) {
        issues.push({ path: `${path}.value.fact`, message: messages.unknownFact(String(value.fact), [...facts]) });
      }
      if (value.path !== undefined && (typeof value.path !== 'string' || parsePath(value.path) === null)) {
        issues.push({ path: `${path}.value.path`, message: messages.unsafePath(String(value.path)) });
      }
    }
  }
}

function eventIssues(event: RuleEvent, at: string, offerIds: ReadonlySet<string>, levelIds: ReadonlySet<string>, issues: Issue[]): void {
  const checkOffer = (path: string, id: string | undefined) => {
    if (id !== undefined && !offerIds.has(id)) issues.push({ path, message: messages.unknownOffer(id) });
  };
  switch (event.type) {
    case 'offer':
      if ((event.params.offer === undefined) === (event.params.offers === undefined)) issues.push({ path: at, message: messages.offerOrOffers });
      checkOffer(`${at}.offer`, event.params.offer);
      event.params.offers?.forEach((id, i) => checkOffer(`${at}.offers[${i}]`, id));
      return;
    case 'exclude':
    case 'require-level':
      if (event.params.offer !== undefined && event.params.kind !== undefined) issues.push({ path: at, message: messages.offerOrKind });
      if (event.type === 'exclude' && event.params.offer === undefined && event.params.kind === undefined) issues.push({ path: at, message: messages.excludeNeedsTarget });
      checkOffer(`${at}.offer`, event.params.offer);
      if (event.type === 'require-level' && !levelIds.has(event.params.level)) issues.push({ path: `${at}.level`, message: messages.unknownLevel(event.params.level) });
      return;
    case 'guide':
      for (const placeholder of placeholders(event.params.text)) {
        const steps = parsePath(`$.${placeholder}`);
        if (steps === null || !REQUEST_ROOTS.has(String(steps[0]))) issues.push({ path: `${at}.text`, message: messages.unknownPlaceholder(placeholder) });
      }
      return;
    default:
      return;
  }
}
