import type { Comparison, Condition } from '../../../schema/rule';
import { comparisonMayThrow, prioritySets } from '../compileCondition';
import { isFactReference } from '../factReader';
import { builtInOperator } from '../operators';
import { operatorCode, type Operand } from './operatorCode';
import { readCode } from './readCode';
import type { Source } from './Source';

/** A condition as an expression of generated code, and whether evaluating it can throw. */
export interface ConditionCode {
  readonly code: string;
  readonly mayThrow: boolean;
}

/**
 * The expression that is true when `condition` holds for the facts `f`, with
 * `compileCondition`'s semantics (json-rules-engine's): the same reads,
 * operators, priority sets and errors, in the same order.
 */
export function conditionCode(condition: Condition, source: Source, depth = 0): ConditionCode {
  if ('all' in condition) return groupCode('all', condition.all.map((member) => conditionCode(member, source, depth + 1)), condition.all, source, depth);
  if ('any' in condition) return groupCode('any', condition.any.map((member) => conditionCode(member, source, depth + 1)), condition.any, source, depth);
  if ('not' in condition) {
    const inner = conditionCode(condition.not, source, depth);
    return { code: `!${inner.code}`, mayThrow: inner.mayThrow };
  }
  return { code: comparisonCode(condition, source), mayThrow: comparisonMayThrow(condition) };
}

/**
 * A rule's conditions as `conditionCode` gives them, where the members of a
 * top-level `all` that `holds` picks are known to hold (and not to throw) for
 * every request the code is for: they are not evaluated.
 */
export function ruleCode(conditions: Condition, holds: (member: Condition) => boolean, source: Source): string {
  if (!('all' in conditions)) return conditionCode(conditions, source).code;
  const members = conditions.all.map((member) => (holds(member) ? { code: 'true', mayThrow: false } : conditionCode(member, source, 1)));
  return groupCode('all', members, conditions.all, source, 0).code;
}

/**
 * The fact is read into `a`, the value (unless a constant) into `b`, then
 * compared; an operator that is not generated is called as `operators.ts`
 * builds it.
 */
function comparisonCode(comparison: Comparison, source: Source): string {
  const value = comparison.value;
  const b: Operand = isFactReference(value)
    ? { code: 'b' }
    : { code: source.constant(value), constant: { value } };
  const readB = isFactReference(value) ? `b = ${readCode(value.fact as string, typeof value.path === 'string' ? value.path : undefined, source)}, ` : '';
  const compare = operatorCode(comparison.operator, { code: 'a' }, b, source) ?? `${source.constant(builtInOperator(comparison.operator))}(a, ${b.code})`;
  return `(a = ${readCode(comparison.fact, comparison.path, source)}, ${readB}${compare})`;
}

/**
 * `all` / `any` as `settle` evaluates them: per priority set, highest first,
 * every member while the set is open; once a member settles it, only members
 * that may throw still run. The usual case, one set where nothing can throw,
 * is a plain `&&` / `||` chain.
 */
function groupCode(kind: 'all' | 'any', members: readonly ConditionCode[], conditions: readonly Condition[], source: Source, depth: number): ConditionCode {
  const mayThrow = members.some((member) => member.mayThrow);
  const join = kind === 'all' ? ' && ' : ' || ';
  const sets = prioritySets(conditions).map((set) => set.map((index) => members[index]!));
  // An empty list holds, for `any` too.
  if (sets.length === 0) return { code: 'true', mayThrow };
  if (sets.length === 1 && !mayThrow) return { code: `(${members.map((member) => member.code).join(join)})`, mayThrow };
  const g = source.groupTemp(depth);
  const setCode = ([first, ...rest]: readonly ConditionCode[]) =>
    rest.length === 0
      ? first!.code
      : `(${g} = ${first!.code}, ${rest.map((member) => `${g} = ${member.mayThrow ? `${member.code}${join}${g}` : `${g}${join}${member.code}`}`).join(', ')}, ${g})`;
  return { code: `(${sets.map(setCode).join(join)})`, mayThrow };
}
