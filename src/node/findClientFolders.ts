import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SavedeskConfigError } from '../errors/SavedeskError';
import { clientLayout } from './clientFolder';
import { unreadable } from './fsProblem';

/**
 * Every client folder — a folder with a `client.json` — at or below each of
 * `dirs`, sorted and without repeats. The search does not go into a client
 * folder (its `rules/` and `cases/` are not clients), `node_modules` or
 * hidden folders.
 * @throws SavedeskConfigError naming a folder that does not exist or cannot be read.
 */
export async function findClientFolders(dirs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const dir of dirs) await collect(dir, found);
  return [...found].sort();
}

async function collect(dir: string, found: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new SavedeskConfigError([{ code: 'unreadable', file: dir, path: '', message: unreadable(error) }]);
  });
  if (entries.some((entry) => entry.isFile() && entry.name === clientLayout.clientFile)) {
    found.add(dir);
    return;
  }
  for (const entry of entries) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') await collect(join(dir, entry.name), found);
  }
}
