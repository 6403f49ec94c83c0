import { Engine } from 'json-rules-engine';
import { messages } from '../../errors/messages';
import type { Rule } from '../../schema/rule';
import { copyJson } from '../../util/copyJson';
import type { Facts } from '../facts/deriveFacts';
import type { ReturnContext } from '../facts/ReturnContext';
import { parsePath, resolvePath, type PathStep } from './path';
import type { Registry } from './registry';
import { engineFacts } from './requestNumbers';
import type { ConditionTrace } from './RulesOutcome';

/** How one rule came out: its place in the client's list, whether it fired, and (when traced) its conditions. */
export interface RuleResult {
  readonly index: number;
  readonly fired: boolean;
  readonly conditions?: ConditionTrace;
}

/** Rules that json-rules-engine evaluates: those naming a host's fact or operator, or passing `params`. */
export interface EngineRules {
  /** Runs the rules on a fresh Engine; rejects with the engine's (or host code's) error. */
  run(facts: Facts, context: ReturnContext, trace: boolean): Promise<RuleResult[]>;
}

/**
 * Prepares rules for json-rules-engine. Each run gets an Engine of its own:
 * the engine keeps run state on itself (and a Rule on its engine), and two
 * runs sharing one skip each other's rules.
 */
export function engineRules(rules: ReadonlyArray<{ readonly rule: Rule; readonly index: number }>, registry: Registry): EngineRules {
  const paths = new Map<string, PathStep[]>();
  const pathResolver = (value: object, path: string) => {
    let steps = paths.get(path);
    if (steps === undefined) paths.set(path, (steps = parsePath(path) ?? []));
    return resolvePath(value, steps);
  };
  const definitions = rules.map(({ rule, index }) => ({
    name: String(index),
    priority: rule.priority ?? 1,
    conditions: rule.conditions,
    event: rule.event,
  }));

  return {
    async run(facts, context, trace) {
      const engine = new Engine([], { allowUndefinedFacts: false, pathResolver });
      // Fact `request` as the engine and host facts have always seen it: its amounts numbers.
      const seen = engineFacts(facts);
      for (const [name, operator] of Object.entries(registry.operators)) {
        engine.addOperator(name, (a: unknown, b: unknown) => blame(`operator "${name}"`, () => operator(a, b)));
      }
      for (const [name, fact] of Object.entries(registry.facts)) {
        engine.addFact(name, (params) => blame(`fact "${name}"`, () => fact(params ?? {}, { request: context.request, facts: seen as Facts })));
      }
      // A copy per run: the engine writes parsed priorities back into the condition objects it is given.
      for (const definition of definitions) engine.addRule(copyJson(definition));
      const result = await engine.run(seen);
      return [...result.results, ...result.failureResults].map((outcome) => ({
        index: Number(outcome.name),
        fired: outcome.result,
        ...(trace ? { conditions: conditionTrace((outcome.toJSON(false) as unknown as { conditions: unknown }).conditions) } : {}),
      }));
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

/** The engine's JSON of a rule's evaluated conditions (`ruleResult.toJSON(false).conditions`), in savedesk's trace shape. */
export function conditionTrace(node: unknown): ConditionTrace {
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
