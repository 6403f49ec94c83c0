/**
 * A `savedesk replay --workers N` thread: loads the client (and the one
 * compared `against`) once, then decides batches of history lines sent by
 * the main thread, each into a tally of its own that goes back as plain data.
 */
import { workerData } from 'node:worker_threads';
import type { Issue } from '../../errors/issue';
import { loadClient } from '../../node/loadClient';
import type { HistoryLine } from './historyFile';
import { replayHistory } from './replayHistory';
import { replayTally, type TallyState } from './tally';

/** What every worker is started with. */
export interface ReplayWorkerData {
  readonly dir: string;
  readonly against?: string;
  /** The history's name, as skipped lines are reported. */
  readonly file: string;
  /** A batch reports the problems of at most this many skipped lines; the rest are only counted. */
  readonly skipsShown: number;
}

/** One batch decided: its totals, and the problems of its first skipped lines. */
export interface BatchResult {
  readonly tally: TallyState;
  readonly skipped: ReadonlyArray<readonly Issue[]>;
}

const data = workerData as ReplayWorkerData;
const clients = Promise.all([loadClient(data.dir), data.against === undefined ? undefined : loadClient(data.against)]);

/** Decides one batch of lines. */
export default async function decideBatch(lines: readonly HistoryLine[]): Promise<BatchResult> {
  const [client, other] = await clients;
  const tally = replayTally(
    { client: client.config.client.id, dir: data.dir },
    client.config.currency,
    other && data.against !== undefined ? { client: other.config.client.id, dir: data.against } : undefined,
  );
  const skipped: Array<readonly Issue[]> = [];
  await replayHistory({
    history: { lines: asyncLines(lines) },
    file: data.file,
    desk: client.desk,
    ...(other ? { against: other.desk } : {}),
    tally,
    onSkipped: (issues) => {
      if (skipped.length < data.skipsShown) skipped.push(issues);
    },
    onRead: () => undefined,
  });
  return { tally: tally.state(), skipped };
}

async function* asyncLines(lines: readonly HistoryLine[]): AsyncIterable<HistoryLine> {
  yield* lines;
}
