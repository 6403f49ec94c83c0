import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `file` whole or not at all: the text goes to a temporary file beside
 * it, which is then renamed over it (atomic on one file system). A process
 * stopped midway — killed, or ended by a closed pipe (`savedesk learn … | head`)
 * — leaves the old file as it was, never a truncated `acceptance.json` or
 * `watch.json` that the client folder then fails to load from.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
