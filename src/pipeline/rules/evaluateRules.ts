import { Engine } from 'json-rules-engine';
import { SavedeskError } from '../../errors/SavedeskError';
import { messages } from '../../errors/messages';
import type { Rule } from '../../schema/rule';
import type { Facts } from '../facts/deriveFacts';
import type { ReturnContext } from '../facts/ReturnContext';
import { parsePath, resolvePath, type PathStep } from './path';
import type { Registry } from './registry';
import type { ConditionTrace, FiredRule, RulesOutcome, RuleTrace } from './RulesOutcome';

/** A client's rules, ready to evaluate many times. */
export interface RuleSet {
  evaluate(facts: Facts, context: ReturnContext, trace: boolean): Promise<RulesOutcome>;
}

/**
 * Prepares the rules once at `createDesk`. Each evaluation gets an Engine of
 * its own: json-rules-engine keeps run state on the Engine, and two runs
 * sharing one skip each other's rules.
 */
export function compileRules(rules: readonly Rule[], registry: Registry): RuleSet {
  const paths = new Map<string, PathStep[]>();
  const pathResolver = (value: object, path: string) => {
    let steps = paths.get(path);
    if (steps === undefined) paths.set(path, (steps = parsePath(path) ?? []));
    return resolvePath(value, steps);
  };
  const engineRules = rules.map((rule, index) => ({
    name: String(index),
    priority: rule.priority ?? 1,
    conditions: rule.conditions,
    event: rule.event,
  }));

  return {
    async evaluate(facts, context, trace) {
      const engine = new Engine([], { allowUndefinedFacts: false, pathResolver });
      for (const [name, operator] of Object.entries(registry.operators)) {
        engine.addOperator(name, (a: unknown, b: unknown) => blame(`operator "${name}"`, () => operator(a, b)));
      }
      for (const [name, fact] of Object.entries(registry.facts)) {
        engine.addFact(name, (params) => blame(`fact "${name}"`, () => fact(params ?? {}, { request: context.request, facts })));
      }
      for (const rule of engineRules) engine.addRule(structuredClone(rule));
      const result = await engine.run({ ...facts }).catch((error: unknown) => {
        throw new SavedeskError('rule-evaluation-failed', messages.evaluationFailed, [
          { path: 'rules', message: error instanceof Error ? error.message : String(error) },
        ]);
      });
      const outcomes = [...result.results, ...result.failureResults]
        .map((outcome) => ({ outcome, index: Number(outcome.name), priority: rules[Number(outcome.name)]!.priority ?? 1 }))
        .sort((a, b) => b.priority - a.priority || a.index - b.index);
      const fired: FiredRule[] = outcomes
        .filter(({ outcome }) => outcome.result)
        .map(({ index, priority }) => ({ rule: rules[index]!.name, index, priority, event: rules[index]!.event }));
      if (!trace) return { fired };
      return {
        fired,
        trace: outcomes.map(({ outcome, index, priority }): RuleTrace => ({
          rule: rules[index]!.name,
          priority,
          fired: outcome.result,
          conditions: conditionTrace((outcome.toJSON(false) as unknown as { conditions: unknown }).conditions),
        })),
      };
    },
  };
}

/** Runs host code, naming it in the error if it throws, so the failure says whose code broke. */
function blame<T>(who: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new Error(messages.hostCodeThrew(who, error instanceof Error ? error.message : String(error)));
  }
}

function conditionTrace(node: unknown): ConditionTrace {
  const c = node as Record<string, unknown>;
  const result = typeof c.result === 'boolean' ? { result: c.result } : {};
  if (Array.isArray(c.all)) return { all: c.all.map(conditionTrace), ...result };
  if (Array.isArray(c.any)) return { any: c.any.map(conditionTrace), ...result };
  if (c.not !== undefined) return { not: conditionTrace(c.not), ...result };
  return {
    fact: String(c.fact),
    operator: String(c.operator),
    value: c.value,
    ...(typeof c.path === 'string' ? { path: c.path } : {}),
    ...('factResult' in c ? { factResult: c.factResult } : {}),
    ...result,
  };
}
