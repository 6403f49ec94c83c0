import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name a person most likely meant by `typed`, or null when none is
 * near enough to be a slip: at most two edits, or a third of its characters
 * for a longer name, and fewer than its length (a swap of two letters, `valeu`
 * for `value`, is two edits), compared without regard to case. Shared by
 * validation and `savedesk lint`.
 */
export function suggest(typed: string, known: Iterable<string>): string | null {
  const names = [...known].filter((name) => name !== typed);
  if (names.length === 0 || typed.length > 200) return null;
  const lower = typed.toLowerCase();
  const best = closest(lower, names.map((name) => name.toLowerCase()));
  const found = names.find((name) => name.toLowerCase() === best)!;
  const edits = distance(lower, best);
  return edits <= Math.max(2, Math.floor(typed.length / 3)) && edits < typed.length ? found : null;
}
