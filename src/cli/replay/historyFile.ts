import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { SavedeskInputError } from '../../errors/SavedeskError';
import { unreadable } from '../../node/fsProblem';

/** One line of a history file, numbered from 1 as an editor numbers it. */
export interface HistoryLine {
  readonly number: number;
  readonly text: string;
}

/** A history file opened for streaming: its lines, and how far through the file they are. */
export interface HistoryFile {
  /** The file's size on disk in bytes (compressed, for a `.gz`). */
  readonly size: number;
  /** Bytes of the file read so far, for a progress bar. */
  bytesRead(): number;
  /** The lines, read as they are consumed: a file of any size takes the same memory. */
  readonly lines: AsyncIterable<HistoryLine>;
}

/**
 * Opens an NDJSON history (one JSON request per line), gunzipping it when
 * the name ends in `.gz`.
 * @throws SavedeskInputError naming the file when it cannot be read.
 */
export async function openHistory(file: string): Promise<HistoryFile> {
  const size = await stat(file).then(
    (stats) => stats.size,
    (error: unknown) => {
      throw new SavedeskInputError([{ code: 'unreadable', file, path: '', message: unreadable(error) }]);
    },
  );
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  // pipe() does not pass a read error on; the gunzip stream must end with it, or the lines would wait forever.
  if (input !== raw) raw.on('error', (error) => input.destroy(error));
  return { size, bytesRead: () => raw.bytesRead, lines: numbered(createInterface({ input, crlfDelay: Infinity }), file) };
}

/** Numbers the lines; a read error or a corrupt gzip stops the replay with the file named. */
async function* numbered(lines: AsyncIterable<string>, file: string): AsyncIterable<HistoryLine> {
  let number = 0;
  try {
    for await (const text of lines) yield { number: ++number, text };
  } catch (error) {
    throw new SavedeskInputError([{ code: 'unreadable', file, path: '', message: unreadable(error) }]);
  }
}
