import type { Comparison, Condition } from '../../schema/rule';
import { isFactReference } from './factReader';

/** Every comparison in a condition, at any depth, in list order. */
export function comparisonsOf(condition: Condition): Comparison[] {
  if ('all' in condition) return condition.all.flatMap(comparisonsOf);
  if ('any' in condition) return condition.any.flatMap(comparisonsOf);
  if ('not' in condition) return comparisonsOf(condition.not);
  return [condition];
}

/** The facts a condition reads: each comparison's own, and those its value refers to. */
export function factsReadBy(condition: Condition): Set<string> {
  const facts = new Set<string>();
  for (const comparison of comparisonsOf(condition)) {
    facts.add(comparison.fact);
    if (isFactReference(comparison.value) && typeof comparison.value.fact === 'string') facts.add(comparison.value.fact);
  }
  return facts;
}
