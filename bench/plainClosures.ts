/**
 * The floor for the rule stage: the same conditions as the closures a person
 * would write by hand (`f.reason === 'defective' && f.returnValue > 300`),
 * with none of json-rules-engine's semantics (no numeric guard, no priority
 * sets, no error parity). Only the operators and paths the synthetic clients
 * use. A reference column, never a way to decide.
 */
import type { Facts } from '../src/pipeline/facts/deriveFacts';
import type { FactName } from '../src/pipeline/facts/factNames';
import type { Condition, Rule } from '../src/schema/rule';

type Test = (facts: Facts) => boolean;

/** Every rule as a closure; calling the result evaluates them all and returns the indices of those that hold. */
export function plainClosures(rules: readonly Rule[]): (facts: Facts) => number[] {
  const tests = rules.map((rule) => closure(rule.conditions));
  return (facts) => {
    const fired: number[] = [];
    for (let i = 0; i < tests.length; i++) if (tests[i]!(facts)) fired.push(i);
    return fired;
  };
}

function closure(condition: Condition): Test {
  if ('all' in condition) {
    const parts = condition.all.map(closure);
    return (facts) => {
      for (const part of parts) if (!part(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(closure);
    return (facts) => {
      for (const part of parts) if (part(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = closure(condition.not);
    return (facts) => !inner(facts);
  }
  const fact = condition.fact as FactName;
  const read = condition.path === undefined ? (facts: Facts) => facts[fact] : getter(fact, condition.path);
  const value = condition.value as never;
  switch (condition.operator) {
    case 'equal': return (facts) => read(facts) === value;
    case 'notEqual': return (facts) => read(facts) !== value;
    case 'in': return (facts) => (value as unknown[]).includes(read(facts));
    case 'contains': return (facts) => (read(facts) as unknown[]).includes(value);
    case 'doesNotContain': return (facts) => !(read(facts) as unknown[]).includes(value);
    case 'lessThan': return (facts) => number(read(facts)) < value;
    case 'lessThanInclusive': return (facts) => number(read(facts)) <= value;
    case 'greaterThan': return (facts) => number(read(facts)) > value;
    case 'greaterThanInclusive': return (facts) => number(read(facts)) >= value;
    default: throw new Error(`plain closures do not cover the operator ${condition.operator}`);
  }
}

/** A missing number (`null`: not delivered, no `since`) compares false, as a person writing the check would make it. */
const number = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

/** `$.order.items[0].quantity` as `f.request?.order?.items?.[0]?.quantity`. */
function getter(fact: FactName, path: string): (facts: Facts) => unknown {
  const steps = [...path.matchAll(/\.(\w+)|\[(\d+)\]/g)].map((match) => match[1] ?? Number(match[2]));
  return (facts) => {
    let value: unknown = facts[fact];
    for (const step of steps) value = (value as Record<string | number, unknown> | undefined)?.[step];
    return value;
  };
}
