/**
 * A deep copy of a JSON value (objects, arrays, primitives), several times
 * faster than `structuredClone` on the small values of rules. Keys are
 * defined, not assigned, so a `"__proto__"` key stays an ordinary key.
 */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyJson(item)])) as T;
}
