import type { Source } from './Source';

/** What an operator is applied to in generated code: a name, and the value it holds when that is a constant of the rule. */
export interface Operand {
  readonly code: string;
  readonly constant?: { readonly value: unknown };
}

/** A list of constants is unrolled (`someValue`) only up to this length; a longer one calls the operator's function. */
const MAX_UNROLLED = 16;

/**
 * The expression for operator `name` (`equal`, `not:someFact:in`) applied to
 * `a` and `b`, exactly as `operators.ts` (json-rules-engine) evaluates it, or
 * undefined where generating it is awkward or where it may throw: the caller
 * then calls the operator's function, so an error is the engine's own, word
 * for word. The operands are names, so they may be read more than once.
 */
export function operatorCode(name: string, a: Operand, b: Operand, source: Source): string | undefined {
  const [outer, ...inner] = name.split(':') as [string, ...string[]];
  if (inner.length === 0) return builtInCode(outer, a.code, b, source);
  const next = inner.join(':');
  switch (outer) {
    case 'not': {
      const code = operatorCode(next, a, b, source);
      return code === undefined ? undefined : `!${code}`;
    }
    case 'swap':
      return operatorCode(next, b, a, source);
    case 'someFact':
    case 'everyFact':
      return eachFactCode(outer === 'someFact' ? 'some' : 'every', next, a, b, source);
    case 'someValue':
    case 'everyValue':
      return eachValueCode(outer === 'someValue' ? ' || ' : ' && ', next, a, b, source);
    default:
      return undefined;
  }
}

function builtInCode(name: string, a: string, b: Operand, source: Source): string | undefined {
  switch (name) {
    case 'equal':
      return `(${a} === ${b.code})`;
    case 'notEqual':
      return `(${a} !== ${b.code})`;
    case 'in':
      return inCode(a, b, source);
    case 'notIn': {
      const code = inCode(a, b, source);
      return code === undefined ? undefined : `!${code}`;
    }
    case 'contains':
      return `(isArray(${a}) && ${a}.indexOf(${b.code}) > -1)`;
    case 'doesNotContain':
      return `(isArray(${a}) && ${a}.indexOf(${b.code}) === -1)`;
    case 'lessThan':
      return numericCode(a, '<', b.code);
    case 'lessThanInclusive':
      return numericCode(a, '<=', b.code);
    case 'greaterThan':
      return numericCode(a, '>', b.code);
    case 'greaterThanInclusive':
      return numericCode(a, '>=', b.code);
    default:
      return undefined;
  }
}

/** The engine's numeric guard, then the comparison; a number is checked in place (not NaN), anything else by `isNumeric`. */
function numericCode(a: string, comparison: string, b: string): string {
  return `((typeof ${a} === "number" ? ${a} === ${a} : isNumeric(${a})) && ${a} ${comparison} ${b})`;
}

/**
 * `b.indexOf(a) > -1` for a constant `b`: a short list as a chain of `===`
 * (what `indexOf` compares with, item by item), a longer list or a text by
 * `indexOf` itself. `indexOf` throws on anything else: not generated.
 */
function inCode(a: string, b: Operand, source: Source): string | undefined {
  const value = b.constant?.value;
  if (Array.isArray(value) && value.length <= MAX_UNROLLED) {
    return value.length === 0 ? 'false' : `(${value.map((item: unknown) => `${a} === ${source.constant(item)}`).join(' || ')})`;
  }
  return Array.isArray(value) || typeof value === 'string' ? `(${b.code}.indexOf(${a}) > -1)` : undefined;
}

/**
 * `someFact` / `everyFact`: the rest of the operator applied to each of the
 * fact's items, through a function declared beside the generated one; it can
 * reach `b` only when that is a constant.
 */
function eachFactCode(method: 'some' | 'every', next: string, a: Operand, b: Operand, source: Source): string | undefined {
  if (b.constant === undefined) return undefined;
  const code = operatorCode(next, { code: 'x' }, b, source);
  if (code === undefined) return undefined;
  const each = source.helper((helper) => `function ${helper}(x) { return ${code}; }`);
  return `(isArray(${a.code}) && ${a.code}.${method}(${each}))`;
}

/** `someValue` / `everyValue` over a constant list: the rest of the operator for each of its values, unrolled. */
function eachValueCode(join: string, next: string, a: Operand, b: Operand, source: Source): string | undefined {
  const values = b.constant?.value;
  if (!Array.isArray(values) || values.length > MAX_UNROLLED) return undefined;
  const codes = values.map((value: unknown) => operatorCode(next, a, { code: source.constant(value), constant: { value } }, source));
  if (codes.some((code) => code === undefined)) return undefined;
  if (codes.length === 0) return join === ' || ' ? 'false' : 'true';
  return `(${codes.join(join)})`;
}
