import { messages } from '../errors/messages';

/** Where a text stops being JSON, and what was found there. */
export interface JsonSyntaxError {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column (in UTF-16 code units, as editors count). */
  readonly column: number;
  /** What is wrong there, e.g. `unexpected ","` or `the text ends too early`. */
  readonly problem: string;
}

type Expecting = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

class SyntaxAt {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Finds the first syntax error in a text `JSON.parse` refused. Node's own
 * messages do not always give a position (and their wording changes between
 * versions), so this scans the text itself: iteratively, so a deeply nested
 * file cannot overflow the stack. Returns null for valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxAt)) throw error;
    return locate(text, error.offset);
  }
}

function scan(text: string): void {
  const open: Array<'{' | '['> = [];
  let expecting: Expecting = 'value';
  let i = 0;
  const afterValue = (): Expecting => (open.length === 0 ? 'end' : 'comma-or-close');
  const close = (): void => {
    open.pop();
    i++;
    expecting = afterValue();
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i === text.length) {
      if (expecting === 'end') return;
      throw new SyntaxAt(i);
    }
    const c = text[i]!;
    switch (expecting) {
      case 'value-or-close':
      case 'value':
        if (expecting === 'value-or-close' && c === ']') close();
        else if (c === '{' || c === '[') {
          open.push(c);
          i++;
          expecting = c === '{' ? 'key-or-close' : 'value-or-close';
        } else {
          i = scanScalar(text, i);
          expecting = afterValue();
        }
        break;
      case 'key-or-close':
      case 'key':
        if (expecting === 'key-or-close' && c === '}') close();
        else if (c === '"') {
          i = scanString(text, i);
          expecting = 'colon';
        } else throw new SyntaxAt(i);
        break;
      case 'colon':
        if (c !== ':') throw new SyntaxAt(i);
        i++;
        expecting = 'value';
        break;
      case 'comma-or-close':
        if (c === ',') {
          i++;
          expecting = open.at(-1) === '{' ? 'key' : 'value';
        } else if (c === (open.at(-1) === '{' ? '}' : ']')) close();
        else throw new SyntaxAt(i);
        break;
      case 'end':
        throw new SyntaxAt(i);
    }
  }
}

/** A string, number, true, false or null starting at `i`; returns the offset after it. */
function scanScalar(text: string, i: number): number {
  if (text[i] === '"') return scanString(text, i);
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  for (const literal of ['true', 'false', 'null']) {
    if (literal[0] !== text[i]) continue;
    let j = 0;
    while (j < literal.length && text[i + j] === literal[j]) j++;
    if (j === literal.length) return i + j;
    throw new SyntaxAt(i + j);
  }
  throw new SyntaxAt(i);
}

function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c < ' ') throw new SyntaxAt(i);
    if (c !== '\\') continue;
    i++;
    if (text[i] === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new SyntaxAt(i + 1);
      i += 4;
    } else if (i < text.length && !ESCAPES.has(text[i]!)) throw new SyntaxAt(i);
  }
  throw new SyntaxAt(text.length);
}

function locate(text: string, offset: number): JsonSyntaxError {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const found = text[offset];
  return {
    line: before.split('\n').length,
    column: offset - lineStart + 1,
    problem: found === undefined ? messages.jsonEndsEarly : messages.jsonUnexpected(found),
  };
}
