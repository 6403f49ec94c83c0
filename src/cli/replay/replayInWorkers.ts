import { Piscina } from 'piscina';
import type { Issue } from '../../errors/issue';
import type { HistoryFile, HistoryLine } from './historyFile';
import type { BatchResult, ReplayWorkerData } from './replayWorker';
import type { ReplayTally } from './tally';

/** Lines per batch sent to a worker: big enough that sending costs little, small enough to hold in memory. */
const BATCH = 1000;
/** Batches waiting or being decided, per worker: memory stays bounded however long the history. */
const BATCHES_PER_WORKER = 2;

/** The worker's module: beside this one when run from source (through tsx), beside the bundled CLI otherwise. */
const fromSource = import.meta.url.endsWith('.ts');
const workerFile = new URL(fromSource ? './replayWorker.ts' : './replayWorker.js', import.meta.url);

/** A replay on `workers` threads: each loads the client itself and decides batches of lines. */
export interface ParallelReplay extends Omit<ReplayWorkerData, 'skipsShown'> {
  readonly history: HistoryFile;
  readonly workers: number;
  readonly tally: ReplayTally;
  /** Every skipped line's problems, in file order, up to `skipsShown`; the summary counts the rest. */
  readonly skipsShown: number;
  onSkipped(issues: readonly Issue[]): void;
  onRead(requests: number): void;
}

/**
 * Decides a history on a pool of worker threads (piscina). Batches are merged
 * into the tally in file order, and merging is addition, so the summary is
 * the same, byte for byte, as one thread's.
 */
export async function replayInWorkers(replay: ParallelReplay): Promise<void> {
  const workerData: ReplayWorkerData = { dir: replay.dir, file: replay.file, skipsShown: replay.skipsShown, ...(replay.against === undefined ? {} : { against: replay.against }) };
  const pool = new Piscina<readonly HistoryLine[], BatchResult>({
    filename: workerFile.href,
    workerData,
    minThreads: replay.workers,
    maxThreads: replay.workers,
    ...(fromSource ? { execArgv: ['--import', 'tsx'] } : {}),
  });
  const pending: Array<Promise<BatchResult>> = [];
  const take = async () => {
    const result = await pending.shift()!;
    replay.tally.merge(result.tally);
    for (const issues of result.skipped) replay.onSkipped(issues);
  };
  const send = (batch: readonly HistoryLine[]) => {
    const task = pool.run(batch);
    // Handled when its turn comes; until then a failure must not count as unhandled.
    task.catch(() => undefined);
    pending.push(task);
  };
  try {
    let batch: HistoryLine[] = [];
    let requests = 0;
    for await (const line of replay.history.lines) {
      if (line.text.trim() === '') continue;
      replay.onRead(++requests);
      batch.push(line);
      if (batch.length < BATCH) continue;
      send(batch);
      batch = [];
      if (pending.length >= replay.workers * BATCHES_PER_WORKER) await take();
    }
    if (batch.length > 0) send(batch);
    while (pending.length > 0) await take();
  } finally {
    await pool.destroy();
  }
}
