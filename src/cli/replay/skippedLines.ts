import { describeIssue } from '../../errors/SavedeskError';
import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import type { Terminal } from '../terminal';

/** Skipped lines reported one by one; past this only their count, so a broken file cannot flood the terminal. */
export const SKIPS_SHOWN = 100;

/** Reports the lines of a history file that are skipped, and counts them. */
export interface SkippedLines {
  /** A line skipped, with every problem it has. */
  skip(issues: readonly Issue[]): void;
  /** How many were skipped. */
  readonly count: number;
  /** Says how many were not shown one by one, if any. */
  finish(): void;
}

/** The skipped-line report `replay` and `signals` share: the first 100 lines' problems on standard error, then a count. */
export function skippedLines(terminal: Terminal): SkippedLines {
  let count = 0;
  return {
    skip: (issues) => {
      if (++count <= SKIPS_SHOWN) for (const issue of issues) terminal.err(describeIssue(issue).trim());
    },
    get count() {
      return count;
    },
    finish: () => {
      if (count > SKIPS_SHOWN) terminal.err(messages.moreSkipped(count - SKIPS_SHOWN));
    },
  };
}
