import { SavedeskError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Rule } from '../../schema/rule';
import type { Facts } from '../facts/deriveFacts';
import type { ReturnContext } from '../facts/ReturnContext';
import { compileCondition, type CompiledCondition } from './compileCondition';
import { factsReadBy } from './conditionTree';
import { engineRules, type RuleResult } from './engineRules';
import { needsEngine } from './needsEngine';
import { ruleIndex } from './ruleIndex';
import type { Registry } from './registry';
import type { FiredRule, RulesOutcome, RuleTrace } from './RulesOutcome';

/** A client's rules, ready to evaluate many times. */
export interface RuleSet {
  /** The facts evaluating reads: those the rules name, or, with host facts (handed every fact), undefined for all. */
  readonly factsRead: ReadonlySet<string> | undefined;
  evaluate(facts: Facts, context: ReturnContext, trace: boolean): Promise<RulesOutcome>;
}

/** A rule in evaluation order, compiled unless it needs the engine, with what it reports when it fires. */
interface PreparedRule {
  readonly index: number;
  readonly compiled: CompiledCondition | null;
  readonly fired: FiredRule;
  readonly conditions: Rule['conditions'];
  readonly mayThrow: boolean;
}

/**
 * Prepares the rules once at `createDesk`. Every rule the compiler covers
 * becomes plain functions (json-rules-engine's semantics, a few hundred times
 * faster); the others (a host's fact or operator, fact `params`) run on
 * json-rules-engine itself. Either way the fired rules come out in one fixed
 * order: priority high to low, then their order in the client's files.
 */
export function compileRules(rules: readonly Rule[], registry: Registry): RuleSet {
  const prepared: PreparedRule[] = rules
    .map((rule, index) => {
      const compiled = needsEngine(rule.conditions, registry) ? null : compileCondition(rule.conditions);
      return {
        index,
        compiled,
        fired: { rule: rule.name, index, priority: rule.priority ?? 1, event: rule.event },
        conditions: rule.conditions,
        mayThrow: compiled === null || compiled.mayThrow,
      };
    })
    .sort((a, b) => b.fired.priority - a.fired.priority || a.index - b.index);
  const leftToEngine = prepared.filter((entry) => entry.compiled === null).map(({ index }) => ({ rule: rules[index]!, index }));
  const engine = leftToEngine.length > 0 ? engineRules(leftToEngine, registry) : null;
  const canFire = ruleIndex(prepared);

  return {
    factsRead: Object.keys(registry.facts).length > 0 ? undefined : new Set(rules.flatMap((rule) => [...factsReadBy(rule.conditions)])),
    async evaluate(facts, context, trace) {
      try {
        const fromEngine = new Map(engine === null ? [] : (await engine.run(facts, context, trace)).map((result) => [result.index, result]));
        if (!trace) {
          // The common case, without a result object per rule, evaluating only the rules that can fire for this reason and channel.
          const fired = canFire(facts).filter(({ index, compiled }) => (compiled === null ? fromEngine.get(index)!.fired : compiled.holds(facts)));
          return { fired: fired.map((rule) => rule.fired) };
        }
        const results = prepared.map(({ index, compiled }) => (compiled === null ? fromEngine.get(index)! : traced(index, compiled, facts)));
        return {
          fired: prepared.filter((_, i) => results[i]!.fired).map((rule) => rule.fired),
          trace: prepared.map(({ fired: { rule, priority } }, i): RuleTrace => ({ rule, priority, fired: results[i]!.fired, conditions: results[i]!.conditions! })),
        };
      } catch (error) {
        throw new SavedeskError('rule-evaluation-failed', messages.evaluationFailed, [
          { code: 'host-code-threw', path: 'rules', message: error instanceof Error ? error.message : String(error) },
        ]);
      }
    },
  };
}

/** A compiled rule's outcome with its conditions. */
function traced(index: number, compiled: CompiledCondition, facts: Facts): RuleResult {
  const { result, trace } = compiled.explain(facts);
  return { index, fired: result, conditions: trace };
}
