import { join } from 'node:path';
import { clientLayout, readClientFolder } from '../../node/clientFolder';
import { folderDesk } from '../../node/folderDesk';
import type { WatchEntry, WatchList } from '../../schema/watch';
import type { RecallCandidate } from '../../signals/RecallCandidate';
import { writeAtomically } from '../../node/writeAtomically';

/** What `--watch` changed in a client's watch list. */
export interface WatchUpdate {
  readonly file: string;
  /** Entries added, one per SKU × reason found `many` and not yet watched. */
  readonly added: readonly WatchEntry[];
  /** Entries that were there already, kept as they were. */
  readonly kept: number;
}

/**
 * Adds every `many` SKU × reason that is not yet watched to a client folder's
 * `watch.json` (creating it), since the start of its first `many` window,
 * with a note of the evidence; existing entries are kept as they are. The
 * result is checked by loading the client with it before it is written: a
 * reviewed change, like a rule change.
 * @throws SavedeskConfigError when the client folder, or the list, does not load.
 */
export async function updateWatch(dir: string, candidates: readonly RecallCandidate[]): Promise<WatchUpdate> {
  const folder = await readClientFolder(dir);
  const file = join(dir, clientLayout.watchFile);
  const existing = folder.watch?.entries ?? [];
  const watched = new Set(existing.map((entry) => pairKey(entry.sku, entry.reason)));
  const found = new Map<string, { since: string; strongest: RecallCandidate }>();
  // Candidates come strongest first, so the first of a pair is its strongest window.
  for (const candidate of candidates) {
    const key = pairKey(candidate.sku, candidate.reason);
    if (candidate.level !== 'many' || watched.has(key)) continue;
    const seen = found.get(key);
    if (seen === undefined) found.set(key, { since: candidate.window.start, strongest: candidate });
    else if (candidate.window.start < seen.since) seen.since = candidate.window.start;
  }
  const added: WatchEntry[] = [...found.values()].map(({ since, strongest }) => ({ sku: strongest.sku, reason: strongest.reason, note: evidence(strongest), since }));
  if (added.length === 0) return { file, added, kept: existing.length };
  const next: WatchList = { ...(folder.watch ?? {}), entries: [...existing, ...added] };
  folderDesk(folder, { watch: next });
  await writeAtomically(file, `${JSON.stringify(next, null, 2)}\n`);
  return { file, added, kept: existing.length };
}

/** The lines `savedesk signals --watch` prints. */
export function watchReport(update: WatchUpdate): string[] {
  if (update.added.length === 0) return [`${update.file}: no change (${update.kept} entries kept; no new many)`];
  return [
    `${update.file}: added ${update.added.length}, kept ${update.kept} — review the change before you commit it`,
    ...update.added.map((entry) => `  + ${entry.sku} × ${entry.reason} since ${entry.since}: ${entry.note}`),
  ];
}

function evidence(candidate: RecallCandidate): string {
  const expected = candidate.method === 'poisson' ? `${candidate.expected.toFixed(1)} expected` : `PRR ${candidate.ratio.toFixed(1)}`;
  return `${candidate.customers} customers in ${candidate.window.start} … ${candidate.window.end} against ${expected} (savedesk signals)`;
}

function pairKey(sku: string, reason: string): string {
  return `${sku}\u0000${reason}`;
}
