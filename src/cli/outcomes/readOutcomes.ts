import type { Issue } from '../../errors/issue';
import { OutcomeSchema, type Outcome } from '../../schema/outcome';
import { parseIssues } from '../../pipeline/validate/zodIssues';
import { parseJson } from '../../node/readJson';
import { openHistory, type HistoryFile } from '../replay/historyFile';

/** An outcomes file opened for reading, and what was skipped so far. */
export interface OutcomeFile {
  /** The file, for a progress bar. */
  readonly history: HistoryFile;
  /** The valid outcomes, in file order, read as they are consumed. */
  readonly outcomes: AsyncIterable<Outcome>;
}

/**
 * Opens an NDJSON file of outcomes (one {@link Outcome} per line, as the
 * ledger exports them; `.gz` is gunzipped). A line that is not JSON or not an
 * outcome is handed to `onSkipped` with its issues and skipped, as `replay`
 * skips a bad request: one bad line never costs the rest of the file.
 */
export async function openOutcomes(file: string, onSkipped: (issues: readonly Issue[]) => void): Promise<OutcomeFile> {
  const history = await openHistory(file);
  return { history, outcomes: valid(history, file, onSkipped) };
}

async function* valid(history: HistoryFile, file: string, onSkipped: (issues: readonly Issue[]) => void): AsyncIterable<Outcome> {
  for await (const { number, text } of history.lines) {
    if (text.trim() === '') continue;
    const where = `${file}:${number}`;
    const json = parseJson(text, where);
    if (!json.ok) {
      onSkipped(json.issues);
      continue;
    }
    const parsed = parseIssues(OutcomeSchema, json.value);
    if (parsed.issues) onSkipped(parsed.issues.map((issue) => ({ ...issue, file: where })));
    else yield parsed.data;
  }
}
