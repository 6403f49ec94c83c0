/**
 * The constructor that turns generated source into a function, or null
 * where the environment refuses to (a strict Content Security Policy makes
 * it throw `EvalError`): asked once, when rules are compiled, with a probe
 * of savedesk's own.
 */
export function functionConstructor(): FunctionConstructor | null {
  const construct = globalThis.Function;
  try {
    return new construct('return true')() === true ? construct : null;
  } catch {
    return null;
  }
}
