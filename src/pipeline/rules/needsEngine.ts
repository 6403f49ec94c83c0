import type { Condition } from '../../schema/rule';
import { factNames } from '../facts/factNames';
import { comparisonsOf } from './conditionTree';
import { isFactReference } from './factReader';
import { builtInOperator } from './operators';
import type { Registry } from './registry';

const builtInFacts: ReadonlySet<string> = new Set(factNames);

/**
 * Whether a condition must be left to json-rules-engine instead of compiled:
 * it names a fact or an operator the host registered from code, or passes
 * `params` to a fact. Host code is called the way the engine calls it (with
 * its params and caching), so the engine stays the one place that does.
 * A built-in fact wins over a host's fact of the same name, as in the engine,
 * where run-time facts replace registered ones.
 */
export function needsEngine(condition: Condition, registry: Registry): boolean {
  return comparisonsOf(condition).some(({ comparison }) => {
    const value = comparison.value;
    return (
      !builtInFacts.has(comparison.fact) ||
      comparison.params !== undefined ||
      (isFactReference(value) && (typeof value.fact !== 'string' || !builtInFacts.has(value.fact) || value.params !== undefined)) ||
      namesHostOperator(comparison.operator, registry) ||
      builtInOperator(comparison.operator) === undefined
    );
  });
}

/** The engine looks a name up whole, then without its leading decorators one at a time (`not:someFact:x`, `someFact:x`, `x`). */
function namesHostOperator(name: string, registry: Registry): boolean {
  const parts = name.split(':');
  return parts.some((_, i) => Object.hasOwn(registry.operators, parts.slice(i).join(':')));
}
