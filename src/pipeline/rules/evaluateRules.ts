import { SavedeskError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Rule } from '../../schema/rule';
import type { Facts } from '../facts/deriveFacts';
import type { ReturnContext } from '../facts/ReturnContext';
import { codePlans } from './code/codePlan';
import { functionConstructor } from './code/codeGeneration';
import { compileCondition, type CompiledCondition } from './compileCondition';
import { factsReadBy } from './conditionTree';
import { engineRules, type RuleResult } from './engineRules';
import { needsEngine } from './needsEngine';
import { closurePlan, inOrder, type PreparedRule } from './plan';
import { ruleIndex } from './ruleIndex';
import type { Registry } from './registry';
import type { FiredRule, RulesOutcome, RuleTrace } from './RulesOutcome';

/** A client's rules, ready to evaluate many times. */
export interface RuleSet {
  /** The facts evaluating reads: those the rules name, or, with host facts (handed every fact), undefined for all. */
  readonly factsRead: ReadonlySet<string> | undefined;
  /** The outcome: at once when no rule runs on json-rules-engine (nothing to wait for), else a promise. */
  evaluate(facts: Facts, context: ReturnContext, trace: boolean): RulesOutcome | Promise<RulesOutcome>;
}

/** How `compileRules` prepares rules; for tests. */
export interface CompileOptions {
  /**
   * Generate code for the rules: true by default where the environment
   * allows it (it falls back to closures where it does not, silently);
   * false evaluates them with closures, as under a strict CSP.
   */
  readonly generateCode?: boolean;
}

/**
 * Prepares the rules once at `createDesk`. Every rule the compiler covers
 * becomes generated code (json-rules-engine's semantics, operators inlined),
 * or plain functions where code cannot be generated; the others (a host's
 * fact or operator, fact `params`) run on json-rules-engine itself. Either
 * way the fired rules come out in one fixed order: priority high to low,
 * then their order in the client's files.
 */
export function compileRules(rules: readonly Rule[], registry: Registry, options: CompileOptions = {}): RuleSet {
  const ordered = rules
    .map((rule, index) => ({ rule, index, compiled: needsEngine(rule.conditions, registry) ? null : compileCondition(rule.conditions) }))
    .sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1) || a.index - b.index);
  const leftToEngine = ordered.filter((entry) => entry.compiled === null);
  const engineSlots = new Map(leftToEngine.map(({ index }, slot) => [index, slot]));
  const prepared = ordered.map(({ rule, index, compiled }, position): PreparedRule => ({
    index,
    position,
    compiled,
    engineSlot: engineSlots.get(index) ?? -1,
    fired: { rule: rule.name, index, priority: rule.priority ?? 1, event: rule.event },
    conditions: rule.conditions,
    mayThrow: compiled === null || compiled.mayThrow,
  }));
  const engine = leftToEngine.length > 0 ? engineRules(leftToEngine, registry) : null;
  const construct = options.generateCode === false ? null : functionConstructor();
  const canFire = ruleIndex(prepared, construct === null ? (parts) => closurePlan(inOrder(parts)) : codePlans(prepared, construct));

  return {
    factsRead: Object.keys(registry.facts).length > 0 ? undefined : new Set(rules.flatMap((rule) => [...factsReadBy(rule.conditions)])),
    evaluate(facts, context, trace) {
      // The engine's results (for its rules only) with the compiled rules' outcomes, in evaluation order.
      const outcome = (results: readonly RuleResult[]): RulesOutcome => {
        if (!trace) {
          // The common case: no result object per rule, only the rules that can fire for this reason and channel evaluated.
          const engineFired: boolean[] = [];
          for (const result of results) engineFired[engineSlots.get(result.index)!] = result.fired;
          const fired: FiredRule[] = [];
          canFire(facts)(facts, engineFired, fired);
          return { fired };
        }
        const fromEngine = new Map(results.map((result) => [result.index, result]));
        const all = prepared.map(({ index, compiled }) => (compiled === null ? fromEngine.get(index)! : traced(index, compiled, facts)));
        return {
          fired: prepared.filter((_, i) => all[i]!.fired).map((rule) => rule.fired),
          trace: prepared.map(({ fired: { rule, priority } }, i): RuleTrace => ({ rule, priority, fired: all[i]!.fired, conditions: all[i]!.conditions! })),
        };
      };
      if (engine !== null) return engine.run(facts, context, trace).then(outcome).catch(evaluationFailed);
      try {
        return outcome([]);
      } catch (error) {
        return evaluationFailed(error);
      }
    },
  };
}

/** A host's fact or operator, or an operator misused in a rule (`in` against a number), threw: the decision fails. */
function evaluationFailed(error: unknown): never {
  throw new SavedeskError('rule-evaluation-failed', messages.evaluationFailed, [
    { code: 'host-code-threw', path: 'rules', message: error instanceof Error ? error.message : String(error) },
  ]);
}

/** A compiled rule's outcome with its conditions. */
function traced(index: number, compiled: CompiledCondition, facts: Facts): RuleResult {
  const { result, trace } = compiled.explain(facts);
  return { index, fired: result, conditions: trace };
}
