import type { Comparison, Condition } from '../../schema/rule';
import type { Facts } from '../facts/deriveFacts';
import { isFactReference } from './factReader';

/** The facts rules are indexed by: most rules start by naming the reasons (or channels) they are for. */
const KEYS = ['reason', 'channel'] as const;
/** A fact rules are indexed by. */
export type Key = (typeof KEYS)[number];

/** The values of `reason` / `channel` a rule can fire for; a key it does not test is absent. */
type Requirement = Partial<Record<Key, ReadonlySet<unknown>>>;

/** A rule to index: its place in evaluation order, its conditions, and whether evaluating it can throw. */
export interface IndexedRule {
  readonly conditions: Condition;
  /** A rule whose evaluation can throw is never skipped: its error fails the whole run, as in the engine. */
  readonly mayThrow: boolean;
}

/**
 * Rules that can fire for one value of an indexed fact, in evaluation order:
 * rules keyed by `key` that allow the same values, one of them the request's
 * (so, for these rules, their tests of `key` hold), or, `key` undefined, the
 * rules keyed by neither fact.
 */
export interface IndexPart<R> {
  readonly key: Key | undefined;
  readonly rules: readonly R[];
}

/**
 * The rules that can fire for a request's `reason` and `channel`, as
 * `bucket` prepares them for evaluation from the parts they come in. A rule
 * whose top-level `all` holds `reason` (or `channel`) `equal` to a constant,
 * or `in` a list of constants, is false for every other value; it cannot
 * throw, so leaving it out changes nothing but the time a decision takes
 * (the differential test holds this to json-rules-engine). Each rule is keyed
 * by one fact (the reason where it tests both) and is in one part, with the
 * rules allowing the same values. Buckets are made on first use and kept: one
 * per indexed value, or pair of values, seen, a number bounded by the rules'
 * own constants.
 */
export function ruleIndex<R extends IndexedRule, B>(rules: readonly R[], bucket: (parts: readonly IndexPart<R>[]) => B): (facts: Facts) => B {
  const requirements = rules.map((rule) => (rule.mayThrow ? {} : requirementOf(rule.conditions)));
  const indexed = KEYS.filter((key) => requirements.some((requirement) => requirement[key] !== undefined));
  const keyOf = requirements.map((requirement) => indexed.find((key) => requirement[key] !== undefined));
  const unkeyed = rules.filter((_, i) => keyOf[i] === undefined);
  const rest: IndexPart<R>[] = unkeyed.length > 0 ? [{ key: undefined, rules: unkeyed }] : [];
  if (indexed.length === 0) {
    const all = bucket(rest);
    return () => all;
  }
  const parts = indexed.map((key) => partsKeyedBy(key, rules, (i) => (keyOf[i] === key ? requirements[i]![key]! : undefined)));
  // Values no rule names share one bucket: that of the rules that are not keyed by the fact.
  const known = indexed.map((key) => new Set(requirements.flatMap((requirement) => [...(requirement[key] ?? [])])));
  const valueOf = (facts: Facts, k: number): unknown => (known[k]!.has(facts[indexed[k]!]) ? facts[indexed[k]!] : OTHER);
  // One level of maps per indexed key, down to the bucket for that combination of values.
  const buckets = new Map<unknown, unknown>();
  const last = indexed.length - 1;
  return (facts) => {
    let level = buckets;
    for (let k = 0; k < last; k++) {
      const value = valueOf(facts, k);
      let next = level.get(value) as Map<unknown, unknown> | undefined;
      if (next === undefined) level.set(value, (next = new Map()));
      level = next;
    }
    const value = valueOf(facts, last);
    let found = level.get(value) as B | undefined;
    if (found === undefined) {
      const keyed = parts.flatMap((keyedBy, k) => keyedBy.filter(({ allows }) => allows.has(valueOf(facts, k))).map(({ part }) => part));
      found = bucket([...keyed, ...rest]);
      level.set(value, found);
    }
    return found;
  };
}

/** The rules keyed by `key` (those `allowed` gives values for), one part per set of values allowed. */
function partsKeyedBy<R>(key: Key, rules: readonly R[], allowed: (i: number) => ReadonlySet<unknown> | undefined) {
  const parts = new Map<string, { allows: ReadonlySet<unknown>; part: { key: Key; rules: R[] } }>();
  rules.forEach((rule, i) => {
    const allows = allowed(i);
    if (allows === undefined) return;
    // The same values in any order, told apart by type: "1" is not 1.
    const signature = JSON.stringify([...allows].map((value) => JSON.stringify(value)).sort());
    let entry = parts.get(signature);
    if (entry === undefined) parts.set(signature, (entry = { allows, part: { key, rules: [] } }));
    entry.part.rules.push(rule);
  });
  return [...parts.values()];
}

/** Stands for any value no rule names. */
const OTHER = Symbol('other');

/**
 * The constants a top-level member allows for `key` when it is a test the
 * index keys by: `equal` to a constant or `in` a list of constants, all
 * primitives (the engine compares with ===, and an object from a rule file is
 * never === a fact); otherwise null.
 */
export function keyTestValues(member: Condition, key: Key): readonly unknown[] | null {
  if (!('fact' in member) || member.fact !== key || member.path || isFactReference(member.value)) return null;
  const values = testValues(member);
  return values !== null && values.every(isPrimitive) ? values : null;
}

function testValues(comparison: Comparison): readonly unknown[] | null {
  if (comparison.operator === 'equal') return [comparison.value];
  return comparison.operator === 'in' && Array.isArray(comparison.value) ? comparison.value : null;
}

/** What a rule's top-level `all` requires of the indexed keys. */
function requirementOf(condition: Condition): Requirement {
  if (!('all' in condition)) return {};
  const requirement: Partial<Record<Key, Set<unknown>>> = {};
  for (const member of condition.all) {
    for (const key of KEYS) {
      const values = keyTestValues(member, key);
      if (values === null) continue;
      const allowed = new Set<unknown>(values);
      // Two tests of one key: the rule needs both.
      requirement[key] = requirement[key] === undefined ? allowed : new Set([...requirement[key]].filter((value) => allowed.has(value)));
    }
  }
  return requirement;
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
