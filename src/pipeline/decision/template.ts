import { parsePath, resolvePath, type PathStep } from '../rules/path';

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** The placeholders in a guidance text: `{{customer.name}}` gives `customer.name`. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** A template split once: literal text, then a placeholder's path, alternately. */
type Parts = ReadonlyArray<string | readonly PathStep[]>;

/** How many split templates are kept before the memo starts over: a client's guidance texts are few. */
const MEMO_LIMIT = 1024;
const split = new Map<string, Parts>();

function partsOf(text: string): Parts {
  let parts = split.get(text);
  if (parts === undefined) {
    if (split.size >= MEMO_LIMIT) split.clear();
    const list: Array<string | readonly PathStep[]> = [];
    let from = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      list.push(text.slice(from, match.index), parsePath(`$.${match[1]!}`) ?? []);
      from = match.index + match[0].length;
    }
    list.push(text.slice(from));
    split.set(text, (parts = list));
  }
  return parts;
}

/**
 * Fills `{{customer.name}}`-style placeholders from the request. A missing
 * value becomes empty text: a note reads "Apologise to  for the delay"
 * rather than showing template syntax to an agent.
 */
export function fillTemplate(text: string, request: unknown): string {
  const parts = partsOf(text);
  if (parts.length === 1) return text;
  let filled = '';
  for (const part of parts) {
    if (typeof part === 'string') filled += part;
    else {
      const value = resolvePath(request, part);
      filled += value === undefined || value === null || typeof value === 'object' ? '' : String(value);
    }
  }
  return filled;
}
