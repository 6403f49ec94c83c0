import { SavedeskConfigError } from '../errors/SavedeskError';
import { joinPath, type Issue } from '../errors/issue';
import { messages } from '../errors/messages';
import { parseIssues } from '../pipeline/validate/zodIssues';
import type { ValidRequest } from '../schema/request';
import { WatchListSchema } from '../schema/watch';

/** A watch list ready for decisions: SKU → reason → watched from (epoch ms; −∞ without a since-date). */
export type WatchIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Checks a watch list (its paths under `watch`) and indexes it by SKU and reason.
 * @throws SavedeskConfigError with every problem, a pair listed twice included.
 */
export function watchIndex(watch: unknown): WatchIndex {
  const parsed = parseIssues(WatchListSchema, watch);
  if (parsed.issues) throw new SavedeskConfigError(parsed.issues.map((issue) => ({ ...issue, path: joinPath('watch', issue.path) })));
  const index = new Map<string, Map<string, number>>();
  const issues: Issue[] = [];
  parsed.data.entries.forEach((entry, i) => {
    const reasons = index.get(entry.sku) ?? new Map<string, number>();
    index.set(entry.sku, reasons);
    if (reasons.has(entry.reason)) issues.push({ code: 'duplicate', path: `watch.entries[${i}]`, message: messages.duplicateWatch(entry.sku, entry.reason) });
    reasons.set(entry.reason, entry.since === undefined ? -Infinity : Date.parse(entry.since));
  });
  if (issues.length > 0) throw new SavedeskConfigError(issues);
  return index;
}

/** True when the request returns a watched SKU for its watched reason, on or after the entry's since-date. */
export function isWatched(index: WatchIndex | undefined, request: ValidRequest, now: number): boolean {
  if (index === undefined || index.size === 0) return false;
  return request.lines.some((line) => {
    const since = index.get(line.sku)?.get(request.reason.code);
    return since !== undefined && since <= now;
  });
}
