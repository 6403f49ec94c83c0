import type { Comparison, Condition } from '../../schema/rule';
import { copyJson } from '../../util/copyJson';
import type { Facts } from '../facts/deriveFacts';
import type { FactName } from '../facts/factNames';
import { factReader, isFactReference, valueReader } from './factReader';
import { builtInOperator, operatorMayThrow } from './operators';
import type { ConditionTrace } from './RulesOutcome';

/**
 * How a condition came out for one request, with the trace of what was
 * evaluated. As in the engine's results, only comparisons show a `result`;
 * `all` / `any` / `not` show their members.
 */
export interface Explained {
  readonly result: boolean;
  readonly trace: ConditionTrace;
}

/**
 * A condition turned into plain functions once, at `createDesk`, with
 * json-rules-engine's semantics: no promises, no cloning, no lookups by name
 * while deciding.
 */
export interface CompiledCondition {
  /** Whether the condition holds for these facts. */
  holds(facts: Facts): boolean;
  /** The same evaluation, recording each condition's outcome for `trace`. */
  explain(facts: Facts): Explained;
  /** The condition as a trace shows it when it was never evaluated (short-circuited). */
  outline(): ConditionTrace;
  /**
   * Whether evaluating it can throw (`in` with a value that is not a list).
   * The engine evaluates a whole set of equal priority, so such a condition
   * must run even once the set's answer is known: its error fails the run.
   */
  readonly mayThrow: boolean;
}

/**
 * Compiles a condition the compiler covers (see `needsEngine`): the built-in
 * facts, operators and decorators, without `params`.
 */
export function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) return compileGroup('all', condition.all);
  if ('any' in condition) return compileGroup('any', condition.any);
  if ('not' in condition) return compileNot(condition.not);
  return compileComparison(condition);
}

type ComparisonTrace = Extract<ConditionTrace, { fact: string }>;

function compileComparison(comparison: Comparison): CompiledCondition {
  const fact = comparison.fact as FactName;
  const constant = comparison.value;
  const compare = builtInOperator(comparison.operator)!;
  const read = factReader(fact, comparison.path);
  const expected = valueReader(constant);
  // A fresh copy per trace, as the engine clones conditions into its results: a host editing a decision's trace cannot reach the config.
  const outline = (): ComparisonTrace => ({
    fact: comparison.fact,
    operator: comparison.operator,
    value: copyJson(comparison.value),
    ...(comparison.path ? { path: comparison.path } : {}),
  });
  return {
    // The usual shape, a fact without a path against a constant, saves two calls per evaluation (not `request`, read through its copy with numbers).
    holds: !comparison.path && fact !== 'request' && !isFactReference(constant) ? (facts) => compare(facts[fact], constant) : (facts) => compare(read(facts), expected(facts)),
    explain: (facts) => {
      const factResult = read(facts);
      const result = compare(factResult, expected(facts));
      const trace = outline();
      // The engine leaves an undefined fact result out of its JSON; so does the trace.
      if (factResult !== undefined) trace.factResult = factResult;
      trace.result = result;
      return { result, trace };
    },
    outline,
    mayThrow: comparisonMayThrow(comparison),
  };
}

/** Whether evaluating a comparison can throw: see `operatorMayThrow`. */
export function comparisonMayThrow(comparison: Comparison): boolean {
  return operatorMayThrow(comparison.operator, isFactReference(comparison.value) ? 'unknown' : { known: comparison.value });
}

function compileNot(inner: Condition): CompiledCondition {
  const compiled = compileCondition(inner);
  return {
    holds: (facts) => !compiled.holds(facts),
    explain: (facts) => {
      const { result, trace } = compiled.explain(facts);
      return { result: !result, trace: { not: trace } };
    },
    outline: () => ({ not: compiled.outline() }),
    mayThrow: compiled.mayThrow,
  };
}

/** A member of an `all` / `any` with its place in the list, which the trace keeps. */
interface Member {
  readonly index: number;
  readonly condition: CompiledCondition;
}

function compileGroup(kind: 'all' | 'any', conditions: readonly Condition[]): CompiledCondition {
  const members = conditions.map((condition, index): Member => ({ index, condition: compileCondition(condition) }));
  const sets = prioritySets(conditions).map((set) => set.map((index) => members[index]!));
  const group = (traces: ConditionTrace[]): ConditionTrace => (kind === 'all' ? { all: traces } : { any: traces });
  return {
    // One priority and nothing that can throw, the usual case: stop at the first answer, as a plain loop.
    holds: sets.length === 1 && !members.some((member) => member.condition.mayThrow)
      ? firstAnswer(kind, members.map((member) => member.condition))
      : (facts) => settle(kind, sets, facts, memberHolds, false),
    explain: (facts) => {
      const traces: ConditionTrace[] = [];
      const result = settle(kind, sets, facts, (member, facts) => {
        const explained = member.condition.explain(facts);
        traces[member.index] = explained.trace;
        return explained.result;
      }, true);
      return { result, trace: group(members.map((member) => traces[member.index] ?? member.condition.outline())) };
    },
    outline: () => group(members.map((member) => member.condition.outline())),
    mayThrow: members.some((member) => member.condition.mayThrow),
  };
}

const memberHolds = (member: Member, facts: Facts) => member.condition.holds(facts);

/** `all` / `any` over conditions of one priority that cannot throw: the first that settles it decides. */
function firstAnswer(kind: 'all' | 'any', conditions: readonly CompiledCondition[]): (facts: Facts) => boolean {
  const settling = kind === 'any';
  return (facts) => {
    for (const condition of conditions) if (condition.holds(facts) === settling) return settling;
    return !settling;
  };
}

/**
 * The engine's evaluation of `all` / `any`: conditions are taken in sets of
 * equal priority, highest first, and the next set runs only while the answer
 * is still open. The engine evaluates a whole set (in parallel), so a trace
 * (`exhaustive`) shows every member's outcome; otherwise, once a member has
 * settled the set, only members that may throw still run, since their error
 * would fail the engine's run. An empty list holds, for `any` too.
 */
function settle(
  kind: 'all' | 'any',
  sets: readonly (readonly Member[])[],
  facts: Facts,
  evaluate: (member: Member, facts: Facts) => boolean,
  exhaustive: boolean,
): boolean {
  const settling = kind === 'any';
  for (const set of sets) {
    let settled = false;
    for (const member of set) {
      if (settled && !exhaustive && !member.condition.mayThrow) continue;
      if (evaluate(member, facts) === settling) settled = true;
    }
    if (settled) return settling;
  }
  return kind === 'all' || sets.length === 0;
}

/**
 * The places of an `all` / `any`'s members grouped by priority, highest
 * first, keeping list order within a priority. A condition without one has
 * priority 1 (the engine's default for groups and for every savedesk fact).
 */
export function prioritySets(conditions: readonly Condition[]): number[][] {
  const byPriority = new Map<number, number[]>();
  conditions.forEach((condition, index) => {
    const priority = condition.priority || 1;
    byPriority.set(priority, [...(byPriority.get(priority) ?? []), index]);
  });
  return [...byPriority].sort(([a], [b]) => b - a).map(([, set]) => set);
}
