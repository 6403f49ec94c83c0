import type { Facts } from '../facts/deriveFacts';
import type { FactName } from '../facts/factNames';
import { parsePath, resolvePath } from './path';
import { requestNumbers } from './requestNumbers';
import { requestReader } from './requestPath';

/** Reads one value a condition compares, from the facts of one request. */
export type FactReader = (facts: Facts) => unknown;

/** A condition value that names a fact instead of giving a constant: `{ fact, path?, params? }`. */
export interface FactReference {
  readonly fact: unknown;
  readonly path?: unknown;
  readonly params?: unknown;
}

/** Whether a condition's value refers to a fact; the engine's test, in `Almanac.getValue`. */
export function isFactReference(value: unknown): value is FactReference {
  return value != null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}

/**
 * Reads `fact` at `path` as the engine's almanac does: the path is applied
 * only to an object (arrays included); any other value is returned as it is,
 * path or not. An empty path means none. Fact `request` is the request
 * itself, its amounts text: what it gives is what the engine finds in its
 * copy with numbers (`requestReader`).
 */
export function factReader(fact: FactName, path: string | undefined): FactReader {
  if (!path) return fact === 'request' ? (facts) => requestNumbers(facts.request) : (facts) => facts[fact];
  const steps = parsePath(path) ?? [];
  const resolve = fact === 'request' ? requestReader(steps) : (value: object) => resolvePath(value, steps);
  return (facts) => {
    const value = facts[fact];
    return value != null && typeof value === 'object' ? resolve(value) : value;
  };
}

/** Reads a condition's value: the constant itself, or the fact it refers to. */
export function valueReader(value: unknown): FactReader {
  if (!isFactReference(value)) return () => value;
  return factReader(value.fact as FactName, typeof value.path === 'string' ? value.path : undefined);
}
