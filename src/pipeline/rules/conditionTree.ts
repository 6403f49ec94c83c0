import type { Comparison, Condition } from '../../schema/rule';
import { isFactReference } from './factReader';

/** A comparison and its JSON path, relative to where the walk started. */
export interface PlacedComparison {
  readonly comparison: Comparison;
  readonly path: string;
}

/** Every comparison in a condition, at any depth, in list order, each with its path below `at`. */
export function comparisonsOf(condition: Condition, at = ''): PlacedComparison[] {
  if ('all' in condition) return condition.all.flatMap((child, i) => comparisonsOf(child, `${at}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((child, i) => comparisonsOf(child, `${at}.any[${i}]`));
  if ('not' in condition) return comparisonsOf(condition.not, `${at}.not`);
  return [{ comparison: condition, path: at }];
}

/** The facts a condition reads: each comparison's own, and those its value refers to. */
export function factsReadBy(condition: Condition): Set<string> {
  const facts = new Set<string>();
  for (const { comparison } of comparisonsOf(condition)) {
    facts.add(comparison.fact);
    if (isFactReference(comparison.value) && typeof comparison.value.fact === 'string') facts.add(comparison.value.fact);
  }
  return facts;
}
