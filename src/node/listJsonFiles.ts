import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMissing, unreadable } from './fsProblem';
import type { Read } from './readJson';

/**
 * The `*.json` files directly in `dir`, sorted by name (by code unit, so the
 * order is the same on every machine and locale). A folder that does not
 * exist has none: a client may have no rules yet, or no cases.
 */
export async function listJsonFiles(dir: string): Promise<Read<string[]>> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name);
    return { ok: true, value: names.sort().map((name) => join(dir, name)) };
  } catch (error) {
    if (isMissing(error)) return { ok: true, value: [] };
    return { ok: false, issues: [{ code: 'unreadable', file: dir, path: '', message: unreadable(error) }] };
  }
}
