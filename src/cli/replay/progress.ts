import { SingleBar } from 'cli-progress';
import type { HistoryFile } from './historyFile';

/** How often (in lines read) the bar is redrawn: often enough to move, seldom enough to cost nothing. */
const EVERY = 500;

/** Shows how far through a file a command is; does nothing when off. */
export interface Progress {
  /** `items` (requests, outcomes) have been read so far. */
  tick(items: number): void;
  stop(): void;
}

/**
 * A progress bar on standard error, by bytes of the file read (a stream's
 * line count is not known in advance), when `on`: standard error is a
 * terminal and `--quiet` was not given.
 * @param doing the bar's first word, e.g. `replaying`, `reading`.
 * @param items what is counted, e.g. `requests`, `outcomes`.
 */
export function progress(history: HistoryFile, on: boolean, doing = 'replaying', items = 'requests'): Progress {
  if (!on) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${doing} {bar} {percentage}% · {items} ${items} · {duration_formatted} (eta {eta_formatted})`,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(Math.max(history.size, 1), 0, { items: 0 });
  return {
    tick: (read) => {
      if (read % EVERY === 0) bar.update(history.bytesRead(), { items: read });
    },
    stop: () => bar.stop(),
  };
}
