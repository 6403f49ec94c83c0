import type { Condition } from '../../schema/rule';
import type { Facts } from '../facts/deriveFacts';
import { isFactReference } from './factReader';

/** The facts rules are indexed by: most rules start by naming the reasons (or channels) they are for. */
const KEYS = ['reason', 'channel'] as const;
type Key = (typeof KEYS)[number];

/** The values of `reason` / `channel` a rule can fire for; a key it does not test is absent. */
type Requirement = Partial<Record<Key, ReadonlySet<unknown>>>;

/** A rule to index: its place in evaluation order, its conditions, and whether evaluating it can throw. */
export interface IndexedRule {
  readonly conditions: Condition;
  /** A rule whose evaluation can throw is never skipped: its error fails the whole run, as in the engine. */
  readonly mayThrow: boolean;
}

/**
 * The rules that can fire for a request's `reason` and `channel`, in
 * evaluation order. A rule whose top-level `all` holds `reason` (or `channel`)
 * `equal` to a constant, or `in` a list of constants, is false for every other
 * value; it cannot throw, so leaving it out changes nothing but the time a
 * decision takes (the differential test holds this to json-rules-engine).
 * Lists are built on first use and kept: one per pair of indexed values seen,
 * a number bounded by the rules' own constants.
 */
export function ruleIndex<R extends IndexedRule>(rules: readonly R[]): (facts: Facts) => readonly R[] {
  const requirements = rules.map((rule) => (rule.mayThrow ? {} : requirementOf(rule.conditions)));
  const indexed = KEYS.filter((key) => requirements.some((requirement) => requirement[key] !== undefined));
  if (indexed.length === 0) return () => rules;
  // Values no rule names share one list: those of rules that do not test the key.
  const known = Object.fromEntries(indexed.map((key) => [key, new Set(requirements.flatMap((requirement) => [...(requirement[key] ?? [])]))])) as Record<Key, Set<unknown>>;
  // One level of maps per indexed key, down to the list for that combination of values.
  const lists = new Map<unknown, unknown>();
  return (facts) => {
    let level = lists;
    const values = indexed.map((key) => (known[key].has(facts[key]) ? facts[key] : OTHER));
    for (const value of values.slice(0, -1)) {
      let next = level.get(value) as Map<unknown, unknown> | undefined;
      if (next === undefined) level.set(value, (next = new Map()));
      level = next;
    }
    let list = level.get(values.at(-1)) as readonly R[] | undefined;
    if (list === undefined) {
      list = rules.filter((_, i) => indexed.every((key, k) => requirements[i]![key]?.has(values[k]) ?? true));
      level.set(values.at(-1), list);
    }
    return list;
  };
}

/** Stands for any value no rule names. */
const OTHER = Symbol('other');

/** What a rule's top-level `all` requires of the indexed keys, from `equal` / `in` comparisons with constants. */
function requirementOf(condition: Condition): Requirement {
  if (!('all' in condition)) return {};
  const requirement: Partial<Record<Key, Set<unknown>>> = {};
  for (const member of condition.all) {
    if (!('fact' in member) || member.path || isFactReference(member.value) || !(KEYS as readonly string[]).includes(member.fact)) continue;
    const values = member.operator === 'equal' ? [member.value] : member.operator === 'in' && Array.isArray(member.value) ? member.value : null;
    // Only primitives: the engine compares with ===, and an object from a rule file is never === a fact.
    if (values === null || !values.every(isPrimitive)) continue;
    const key = member.fact as Key;
    const allowed = new Set<unknown>(values);
    // Two tests of one key: the rule needs both.
    requirement[key] = requirement[key] === undefined ? allowed : new Set([...requirement[key]].filter((value) => allowed.has(value)));
  }
  return requirement;
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
