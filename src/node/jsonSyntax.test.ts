import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './jsonSyntax';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{ "a": [1, 2.5e-3, true, false, null, "x\\n\\u00e9"], "b": {} }'],
    ['  "just a string"  '],
    ['[]'],
  ])('finds nothing wrong in valid JSON: %s', (text) => {
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  it.each([
    ['{ "a": 1, }', 1, 11, 'unexpected "}"'],
    ['[\n  1,\n  2\n  3\n]', 4, 3, 'unexpected "3"'],
    ['{ "a" 1 }', 1, 7, 'unexpected "1"'],
    ['{ a: 1 }', 1, 3, 'unexpected "a"'],
    ['[1, 2', 1, 6, 'the text ends too early'],
    ['"unterminated', 1, 14, 'the text ends too early'],
    ['["\\x"]', 1, 4, 'unexpected "x"'],
    ['[01]', 1, 3, 'unexpected "1"'],
    ['[tru]', 1, 5, 'unexpected "]"'],
    ['{} {}', 1, 4, 'unexpected "{"'],
    ['', 1, 1, 'the text ends too early'],
  ])('reports %j at %i:%i: %s', (text, line, column, problem) => {
    expect(findJsonSyntaxError(text)).toEqual({ line, column, problem });
  });

  it('scans nesting far deeper than a recursive parser could', () => {
    const depth = 200_000;
    expect(findJsonSyntaxError(`${'['.repeat(depth)}${']'.repeat(depth - 1)}`)).toEqual({ line: 1, column: 2 * depth, problem: 'the text ends too early' });
  });
});
