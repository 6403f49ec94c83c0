import { describeIssue } from '../errors/SavedeskError';
import type { Issue } from '../errors/issue';
import { messages } from '../errors/messages';
import type { Terminal } from './terminal';

/** Skipped lines reported one by one; past this only their count, so a broken file cannot flood the terminal. */
const SKIPS_SHOWN = 100;

/** Counts the lines of an input file that were skipped, and reports them on standard error. */
export interface SkippedLines {
  /** Reports one skipped line's issues (up to the first hundred lines). */
  readonly onSkipped: (issues: readonly Issue[]) => void;
  /** Lines skipped so far. */
  count(): number;
  /** Says how many more were skipped than were shown. */
  finish(): void;
}

/** A {@link SkippedLines} writing to `terminal`. */
export function skippedLines(terminal: Terminal): SkippedLines {
  let skipped = 0;
  return {
    onSkipped: (issues) => {
      if (++skipped <= SKIPS_SHOWN) for (const issue of issues) terminal.err(describeIssue(issue).trim());
    },
    count: () => skipped,
    finish: () => {
      if (skipped > SKIPS_SHOWN) terminal.err(messages.moreSkipped(skipped - SKIPS_SHOWN));
    },
  };
}
