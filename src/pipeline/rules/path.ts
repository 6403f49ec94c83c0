/**
 * The safe subset of JSONPath that rule conditions and guidance placeholders
 * may use: `$` followed by `.name`, `["name"]` or `[index]` steps. No filters,
 * scripts, wildcards or recursive descent, so a rule file can never run code
 * (jsonpath-plus, json-rules-engine's default, has had an RCE advisory).
 */
const STEP = /\.([A-Za-z_$][\w$]*)|\[(\d{1,6})\]|\["([^"\\]*)"\]|\['([^'\\]*)'\]/y;

/** One step of a path: an own property name or an array index. */
export type PathStep = string | number;

/** Parses a path, or returns null when it is outside the safe subset. */
export function parsePath(path: string): PathStep[] | null {
  if (!path.startsWith('$')) return null;
  const steps: PathStep[] = [];
  STEP.lastIndex = 1;
  while (STEP.lastIndex < path.length) {
    const start = STEP.lastIndex;
    const match = STEP.exec(path);
    if (match === null || match.index !== start) return null;
    // `[01]` names the key "01", which no array has, as in jsonpath-plus (json-rules-engine's resolver).
    const index = match[2] !== undefined && !/^0\d/.test(match[2]) ? Number(match[2]) : undefined;
    steps.push(index ?? (match[2] ?? match[1] ?? match[3] ?? match[4])!);
  }
  return steps;
}

/**
 * Follows steps through own properties only; anything missing gives undefined.
 * A text's own properties are its characters and its `length`, as
 * json-rules-engine's resolver (jsonpath-plus) reads them: `$.reason.code.length`,
 * `$.customer.name[0]`; like it, an empty text has none.
 */
export function resolvePath(value: unknown, steps: readonly PathStep[]): unknown {
  let current = value;
  for (const step of steps) {
    const steppable = (typeof current === 'object' && current !== null) || (typeof current === 'string' && current !== '');
    if (!steppable || !Object.hasOwn(current as object, step)) return undefined;
    current = (current as Record<PathStep, unknown>)[step];
  }
  return current;
}
