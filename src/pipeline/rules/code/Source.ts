import { isNumeric } from '../operators';

/** What a value read once per decision holds until it is read (any value, `undefined` too, may be read). */
export const unread: unique symbol = Symbol('unread');

/**
 * What generated code uses besides its constants, under names of savedesk's
 * own, handed in as arguments so that the code does not depend on what a
 * page has done to the globals.
 */
const runtime = {
  unread,
  hasOwn: Object.hasOwn,
  isArray: Array.isArray,
  isNumeric,
} as const;

/**
 * JavaScript being generated and the values it refers to. Every value that
 * comes from a rule (a constant, a property name, a path, an operator) is
 * handed to the generated code as an argument and named `cN` there: the
 * source text holds only savedesk's own tokens and such names, so no string
 * in a rule file can ever become code.
 */
export class Source {
  private readonly values: unknown[] = [];
  private readonly helpers: string[] = [];
  private groupTemps = 0;
  private readonly readers = new Map<string, string>();

  /** `reads`: the place of each value read once per decision, shared by all the code generated for one rule set. */
  constructor(private readonly reads: Map<string, number>) {}

  /**
   * A value read once per decision: its place in `r` (the reads of one
   * decision) and the name of the function reading it, which `reader` makes
   * the first time `key` is asked for in this source.
   */
  read(key: string, reader: () => unknown): { slot: number; reader: string } {
    let slot = this.reads.get(key);
    if (slot === undefined) this.reads.set(key, (slot = this.reads.size));
    let name = this.readers.get(key);
    if (name === undefined) this.readers.set(key, (name = this.constant(reader())));
    return { slot, reader: name };
  }

  /** The name under which the generated code sees `value`. */
  constant(value: unknown): string {
    this.values.push(value);
    return `c${this.values.length - 1}`;
  }

  /** Declares a function beside the generated one (`make` writes it, given its name) and returns its name. */
  helper(make: (name: string) => string): string {
    const name = `h${this.helpers.length}`;
    this.helpers.push(make(name));
    return name;
  }

  /** The variable an `all` / `any` at `depth` keeps its set's answer in: one per depth, as nested groups finish before their parent reads its own. */
  groupTemp(depth: number): string {
    this.groupTemps = Math.max(this.groupTemps, depth + 1);
    return `g${depth}`;
  }

  /**
   * Compiles `body`, the body of a function of `params` that may use the
   * variables `a`, `b` and the group variables, with the constants and
   * helpers declared so far, into that function.
   */
  compile<F>(params: readonly string[], body: string, construct: FunctionConstructor): F {
    const temps = ['a', 'b', ...Array.from({ length: this.groupTemps }, (_, depth) => `g${depth}`)];
    const source = [
      '"use strict";',
      ...this.values.map((_, i) => `const c${i} = k[${i}];`),
      ...this.helpers,
      `return function rules(${params.join(', ')}) {`,
      `let ${temps.join(', ')};`,
      body,
      '};',
    ].join('\n');
    const factory = new construct('k', ...Object.keys(runtime), source) as (...args: unknown[]) => F;
    return factory(this.values, ...Object.values(runtime));
  }
}
