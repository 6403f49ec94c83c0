import { SingleBar } from 'cli-progress';
import type { HistoryFile } from './historyFile';

/** How often (in requests) the bar is redrawn: often enough to move, seldom enough to cost nothing. */
const EVERY = 500;

/** Shows how far through the history file a replay is; does nothing when off. */
export interface Progress {
  /** `requests` have been read so far. */
  tick(requests: number): void;
  stop(): void;
}

/**
 * A progress bar on standard error, by bytes of the file read (a stream's
 * line count is not known in advance), when `on`: standard error is a
 * terminal and `--quiet` was not given.
 * @param doing the bar's first word, e.g. `replaying`, `reading`.
 */
export function progress(history: HistoryFile, on: boolean, doing = 'replaying'): Progress {
  if (!on) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${doing} {bar} {percentage}% · {requests} requests · {duration_formatted} (eta {eta_formatted})`,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(Math.max(history.size, 1), 0, { requests: 0 });
  return {
    tick: (requests) => {
      if (requests % EVERY === 0) bar.update(history.bytesRead(), { requests });
    },
    stop: () => bar.stop(),
  };
}
