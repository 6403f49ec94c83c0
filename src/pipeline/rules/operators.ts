/**
 * json-rules-engine's built-in operators and operator decorators, as plain
 * functions with exactly its semantics (json-rules-engine 7.3,
 * dist/engine-default-operators.js and engine-default-operator-decorators.js).
 *
 * The expressions are deliberately the same as there, down to the parameter
 * names (`a`, `b`, `factValue`, `jsonValue`): a misuse such as `in` with a
 * number as the value throws the same TypeError, with the same message, as the
 * engine would, so a rule means the same thing compiled or not.
 */

/** A comparison of a fact's value with a condition's value. */
export type Operator = (factValue: unknown, jsonValue: unknown) => boolean;

type Indexable = { indexOf(searchElement: unknown): number };
type Listable = { some(test: (item: unknown) => boolean): boolean; every(test: (item: unknown) => boolean): boolean };

/**
 * The engine's numeric guard: `Number.parseFloat(factValue).toString() !== 'NaN'`.
 * A number skips the string round trip, which gives the same answer for every
 * number; so does a missing value (null, undefined: `"null"` is not a number).
 */
export function isNumeric(factValue: unknown): boolean {
  if (typeof factValue === 'number') return !Number.isNaN(factValue);
  return factValue != null && !Number.isNaN(Number.parseFloat(factValue as string));
}

/** `as number` only quiets the type checker: `<` compares whatever it gets, two strings as text, as in the engine. */
type Ordered = number;

const builtIns: Readonly<Record<string, Operator>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as Indexable).indexOf(a) > -1,
  notIn: (a, b) => (b as Indexable).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as Ordered) < (b as Ordered),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as Ordered) <= (b as Ordered),
  greaterThan: (a, b) => isNumeric(a) && (a as Ordered) > (b as Ordered),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as Ordered) >= (b as Ordered),
};

/** A decorator wraps the operator to its right: `someFact:in` is someFact around `in`. */
const decorators: Readonly<Record<string, (next: Operator) => Operator>> = {
  someFact: (next) => (factValue, jsonValue) => Array.isArray(factValue) && factValue.some((fv) => next(fv, jsonValue)),
  someValue: (next) => (factValue, jsonValue) => (jsonValue as Listable).some((jv) => next(factValue, jv)),
  everyFact: (next) => (factValue, jsonValue) => Array.isArray(factValue) && factValue.every((fv) => next(fv, jsonValue)),
  everyValue: (next) => (factValue, jsonValue) => (jsonValue as Listable).every((jv) => next(factValue, jv)),
  swap: (next) => (factValue, jsonValue) => next(jsonValue, factValue),
  not: (next) => (factValue, jsonValue) => !next(factValue, jsonValue),
};

/** The names of the engine's built-in operators: a rule may use these without the host registering any. */
export const builtInOperatorNames: ReadonlySet<string> = new Set(Object.keys(builtIns));

/**
 * Whether `name` is an operator the engine knows: a built-in or one of
 * `custom`, behind any decorators (`not:equal`, `someFact:in`).
 */
export function isKnownOperator(name: string, custom: ReadonlySet<string>): boolean {
  const parts = name.split(':');
  const base = parts.pop()!;
  return parts.every((decorator) => Object.hasOwn(decorators, decorator)) && (builtInOperatorNames.has(base) || custom.has(base));
}

/**
 * Whether comparing with the operator `name` can throw. Only `indexOf` on a
 * value that is not a list or text (`in`, `notIn`) and `some` / `every` on a
 * value that is not a list (`someValue`, `everyValue`) can; `swap` makes the
 * fact the value. `value` is the condition's constant, or `unknown` when it
 * refers to a fact and is only known while deciding.
 */
export function operatorMayThrow(name: string, value: { readonly known: unknown } | 'unknown'): boolean {
  const [outer, ...inner] = name.split(':');
  if (inner.length === 0) {
    return (outer === 'in' || outer === 'notIn') && !(value !== 'unknown' && (Array.isArray(value.known) || typeof value.known === 'string'));
  }
  const rest = inner.join(':');
  switch (outer) {
    case 'someValue':
    case 'everyValue':
      return value === 'unknown' || !Array.isArray(value.known) || value.known.some((known) => operatorMayThrow(rest, { known }));
    case 'swap':
      return operatorMayThrow(rest, 'unknown');
    default:
      return operatorMayThrow(rest, value);
  }
}

/**
 * The operator a condition names, built from the built-ins and decorators
 * (`not:someFact:equal`), or undefined when the name is not theirs — a host's
 * operator, which only the engine runs.
 */
export function builtInOperator(name: string): Operator | undefined {
  const parts = name.split(':');
  const base = parts.pop()!;
  if (!Object.hasOwn(builtIns, base)) return undefined;
  let operator = builtIns[base]!;
  for (const decorator of parts.reverse()) {
    if (!Object.hasOwn(decorators, decorator)) return undefined;
    operator = decorators[decorator]!(operator);
  }
  return operator;
}
