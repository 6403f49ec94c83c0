import type { Rule } from '../../schema/rule';
import type { Facts } from '../facts/deriveFacts';
import type { CompiledCondition } from './compileCondition';
import type { IndexPart } from './ruleIndex';
import type { FiredRule } from './RulesOutcome';

/** A rule in evaluation order, compiled unless it needs the engine, with what it reports when it fires. */
export interface PreparedRule {
  readonly index: number;
  /** Its place in evaluation order: priority high to low, then the client's order. */
  readonly position: number;
  readonly compiled: CompiledCondition | null;
  /** For a rule the engine evaluates, its place among those: where its outcome is in `engineFired`. */
  readonly engineSlot: number;
  readonly fired: FiredRule;
  readonly conditions: Rule['conditions'];
  readonly mayThrow: boolean;
}

/**
 * Evaluates some of the rules, in evaluation order, and appends each that
 * fires to `fired`; `engineFired` holds the engine's outcome for its rules.
 */
export type Plan = (facts: Facts, engineFired: readonly boolean[], fired: FiredRule[]) => void;

/** The plan for `rules` that calls their compiled conditions: where code cannot be generated. */
export function closurePlan(rules: readonly PreparedRule[]): Plan {
  return (facts, engineFired, fired) => {
    for (const rule of rules) {
      if (rule.compiled === null ? engineFired[rule.engineSlot] : rule.compiled.holds(facts)) fired.push(rule.fired);
    }
  };
}

/** The rules of some parts of the index, in evaluation order. */
export function inOrder(parts: readonly IndexPart<PreparedRule>[]): PreparedRule[] {
  return parts.flatMap((part) => part.rules).sort((a, b) => a.position - b.position);
}
