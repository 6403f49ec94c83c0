/**
 * Helpers for hostile-input tests: how a call ended, inputs too deep or too
 * long to be real, and a fingerprint of the built-in prototypes to show that
 * `__proto__`-style keys changed none of them.
 */
import { expect } from 'vitest';
import { SavedeskConfigError, SavedeskError, SavedeskInputError } from '../../src/index';

/** How a call on hostile input ended: with a result, or refused with one of savedesk's own errors. */
export type Settled<T> = { readonly result: T } | { readonly refused: SavedeskError };

/**
 * Runs `attempt`; a SavedeskConfigError or SavedeskInputError is an answer
 * (checked to list at least one issue, each with a path and a message). Any other
 * exception is a defect and fails the test.
 */
export async function settle<T>(attempt: () => T | Promise<T>): Promise<Settled<T>> {
  try {
    return { result: await attempt() };
  } catch (error) {
    if (!(error instanceof SavedeskConfigError || error instanceof SavedeskInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue).toMatchObject({ path: expect.any(String), message: expect.stringMatching(/./) });
    return { refused: error };
  }
}

/** The distinct paths of the issues a call was refused with; fails the test when it was not refused. */
export async function refusedAt(attempt: () => unknown): Promise<string[]> {
  const settled = await settle(attempt);
  if (!('refused' in settled)) throw new Error('expected the call to be refused, but it gave a result');
  return [...new Set(settled.refused.issues.map((issue) => issue.path))];
}

/** The issues a call was refused with, as `path: message` lines; empty when it gave a result. */
export async function issuesOf(attempt: () => unknown): Promise<string[]> {
  const settled = await settle(attempt);
  return 'refused' in settled ? settled.refused.issues.map((issue) => `${issue.path}: ${issue.message}`) : [];
}

/** `levels` objects (or arrays) nested in one another: `{ a: { a: … } }`. Built without recursion. */
export function nested(levels: number, shape: 'object' | 'array'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = shape === 'object' ? { a: value } : [value];
  return value;
}

/** A 10 MB string. */
export const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
type Fingerprint = ReadonlyMap<string, PropertyDescriptor>;

/** Every own property (symbols too) of the built-in prototypes, with its descriptor. */
export function prototypeFingerprint(): Fingerprint {
  const entries = Object.entries(prototypes).flatMap(([name, proto]) =>
    Reflect.ownKeys(proto).map((key) => [`${name}.prototype[${String(key)}]`, Reflect.getOwnPropertyDescriptor(proto, key)!] as const));
  return new Map(entries);
}

/** The properties of the built-in prototypes added, removed or changed since `before`. */
export function prototypeChanges(before: Fingerprint): string[] {
  const after = prototypeFingerprint();
  const fields = ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const;
  return [...new Set([...before.keys(), ...after.keys()])].filter((key) => {
    const [was, is] = [before.get(key), after.get(key)];
    return was === undefined || is === undefined || fields.some((field) => !Object.is(was[field], is[field]));
  });
}

/** Every path to a string inside `doc`, as savedesk writes paths: `order.items[0].sku`. */
export function stringPaths(doc: unknown, at = ''): string[] {
  if (typeof doc === 'string') return [at];
  if (doc === null || typeof doc !== 'object') return [];
  return Object.entries(doc).flatMap(([key, child]) =>
    stringPaths(child, Array.isArray(doc) ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`));
}

/** `doc` with the value at a path written as {@link stringPaths} does replaced. */
export function replacedAt<T>(doc: T, path: string, value: unknown): T {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const steps = path.split(/\.|\[(\d+)\]/).filter((step) => step !== undefined && step !== '');
  const parent = steps.slice(0, -1).reduce((node, step) => node[step] as Record<string, unknown>, copy);
  parent[steps.at(-1)!] = value;
  return copy as T;
}
