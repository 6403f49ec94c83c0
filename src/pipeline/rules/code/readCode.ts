import { factNames } from '../../facts/factNames';
import { parsePath, type PathStep } from '../path';
import { requestPath } from '../requestPath';
import type { Source } from './Source';

/**
 * The expression reading `fact` at `path` from the facts `f`, as `factReader`
 * reads it: a path is applied only to an object, own properties only, and
 * fact `request` (the request itself) gives what the engine's copy with
 * numbers gives. The property name `f.<fact>` is savedesk's own spelling of
 * a built-in fact, looked up, never the rule's text.
 */
export function readCode(fact: string, path: string | undefined, source: Source): string {
  // `needsEngine` leaves only built-in facts to the compiler.
  const own = factNames.find((name) => name === fact)!;
  const value = `f.${own}`;
  if (!path) return own === 'request' ? `requestNumbers(${value})` : value;
  const steps = parsePath(path) ?? [];
  const read = own === 'request' ? requestPath(steps) : 'plain';
  if (read === 'copy') {
    const constant = source.constant(steps);
    return `${source.helper((name) => `function ${name}(v) { return v === null || typeof v !== "object" ? v : resolvePath(requestNumbers(v), ${constant}); }`)}(${value})`;
  }
  const amountAt = read === 'plain' ? -1 : read.amountAt;
  return `${source.helper((name) => pathFunction(name, steps, amountAt, source))}(${value})`;
}

/**
 * A function following `steps` from a value as `resolvePath` does, one
 * statement per step; the step at `amountAt` reaches an amount, which it
 * turns into a number.
 */
function pathFunction(name: string, steps: readonly PathStep[], amountAt: number, source: Source): string {
  const statements = steps.map((step, i) => {
    const key = source.constant(step);
    // The first step starts from an object (checked below); a later one also from a text, whose characters and length are its own properties.
    const steppable = i === 0 ? '' : '!(typeof v === "object" ? v !== null : typeof v === "string" && v !== "") || ';
    return `if (${steppable}!hasOwn(v, ${key})) return undefined; v = v[${key}];${i === amountAt ? ' v = amountNumber(v);' : ''}`;
  });
  return [`function ${name}(v) {`, 'if (v === null || typeof v !== "object") return v;', ...statements, 'return v;', '}'].join('\n');
}
