import type { Desk } from '../../desk';
import type { Issue } from '../../errors/issue';
import type { ReturnRequest } from '../../schema/request';
import { SavedeskError } from '../../errors/SavedeskError';
import { parseJson } from '../../node/readJson';
import type { HistoryFile, HistoryLine } from './historyFile';
import type { ReplayTally } from './tally';

/**
 * Requests decided at once. `decide` is mostly synchronous, so this buys
 * little speed; it bounds memory (the next lines are not read until a slot
 * frees) while letting rules that run on json-rules-engine overlap.
 */
const IN_FLIGHT = 32;

/** A replay: a history, the desk(s) that decide it, and where the outcome goes. */
export interface Replay {
  /** The lines to decide: a whole file, or one batch of it in a worker. */
  readonly history: Pick<HistoryFile, 'lines'>;
  /** The history's name, as skipped lines are reported: `history.ndjson:17`. */
  readonly file: string;
  readonly desk: Desk;
  /** With `--against`: the other client, deciding the same requests. */
  readonly against?: Desk;
  readonly tally: ReplayTally;
  /** Every problem of a line that is skipped: not JSON, not a valid request, or its rules failed. */
  onSkipped(issues: readonly Issue[]): void;
  /** After each request read, with how many have been. */
  onRead(requests: number): void;
}

/** Decides every request of the history and adds the decisions up; a bad line is reported and skipped, never fatal. */
export async function replayHistory(replay: Replay): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let requests = 0;
  for await (const line of replay.history.lines) {
    if (line.text.trim() === '') continue;
    replay.onRead(++requests);
    const task: Promise<void> = decideLine(line, replay).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

async function decideLine(line: HistoryLine, replay: Replay): Promise<void> {
  const where = `${replay.file}:${line.number}`;
  const json = parseJson(line.text, where);
  if (!json.ok) return skip(replay, json.issues);
  try {
    // A line of JSON: decide checks every field and refuses what is not a request.
    const request = json.value as ReturnRequest;
    const [decision, other] = await Promise.all([replay.desk.decide(request), replay.against?.decide(request)]);
    replay.tally.add(decision, other);
  } catch (error) {
    if (!(error instanceof SavedeskError)) throw error;
    skip(replay, error.issues.map((issue) => ({ ...issue, file: where })));
  }
}

function skip(replay: Replay, issues: readonly Issue[]): void {
  replay.tally.skip();
  replay.onSkipped(issues);
}
