import type { RuleEvent } from '../../schema/rule';

/** A rule whose conditions held. */
export interface FiredRule {
  /** The rule's name. */
  readonly rule: string;
  /** Its position in the client's rule list. */
  readonly index: number;
  readonly priority: number;
  readonly event: RuleEvent;
}

/** How one condition of a rule came out, for `trace`. */
export type ConditionTrace =
  | { all: ConditionTrace[]; result?: boolean }
  | { any: ConditionTrace[]; result?: boolean }
  | { not: ConditionTrace; result?: boolean }
  | { fact: string; operator: string; value: unknown; path?: string; factResult?: unknown; result?: boolean };

/** How one rule came out, for `trace`. A condition without `result` was not evaluated (short-circuit). */
export interface RuleTrace {
  readonly rule: string;
  readonly priority: number;
  readonly fired: boolean;
  readonly conditions: ConditionTrace;
}

/**
 * The fired rules in a fixed order: priority high to low, then their order in
 * the client's files (json-rules-engine runs one priority in parallel and
 * reports in completion order; savedesk does not let that leak).
 */
export interface RulesOutcome {
  readonly fired: readonly FiredRule[];
  readonly trace?: readonly RuleTrace[];
}
