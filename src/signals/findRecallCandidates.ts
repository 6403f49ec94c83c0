import { isoDate } from '../dates';
import { SavedeskError, SavedeskInputError } from '../errors/SavedeskError';
import { joinPath } from '../errors/issue';
import { messages } from '../errors/messages';
import { checkRequestAgainst } from '../pipeline/validate/validateRequest';
import { parseIssues } from '../pipeline/validate/zodIssues';
import { benjaminiHochberg } from '../stats/benjaminiHochberg';
import { poissonScoring } from './poissonScoring';
import { prrScoring } from './prrScoring';
import { recallLevels, type RecallCandidate, type RecallLevel } from './RecallCandidate';
import { RecallOptionsSchema, type RecallOptions } from './recallOptions';
import { addSighting, returnSightings } from './returnSightings';
import type { Scoring } from './scoring';
import { windowCells, windowsOf } from './windowCells';

/**
 * A recall search fed one request at a time, so that a history of any length
 * can be streamed through it (the `savedesk signals` command does). It keeps
 * one number per returned SKU (customer and day), not the requests.
 */
export interface RecallAccumulator {
  /**
   * Adds one return request (as `desk.decide` takes it).
   * @throws SavedeskInputError with every problem of a request that is not valid; nothing added before is lost.
   */
  add(request: unknown): void;
  /** Requests added so far. */
  readonly added: number;
  /** The search over everything added so far: every SKU × reason × window with a customer, `many` first. */
  candidates(): RecallCandidate[];
}

/**
 * Starts a recall search (see {@link findRecallCandidates} for the method).
 * @throws SavedeskError with code `invalid-input` when the options are not valid.
 * @example
 * ```ts
 * const search = recallAccumulator({ sales, windowDays: 30 });
 * for await (const request of requests) search.add(request);
 * const many = search.candidates().filter((c) => c.level === 'many');
 * ```
 */
export function recallAccumulator(options: RecallOptions = {}): RecallAccumulator {
  const parsed = parseIssues(RecallOptionsSchema, options);
  if (parsed.issues) throw new SavedeskError('invalid-input', messages.invalidRecallOptions(parsed.issues.length), parsed.issues);
  const { windowDays, sales, safetyReasons } = parsed.data;
  const safety = new Set(safetyReasons);
  const tally = returnSightings();
  let added = 0;
  return {
    add: (request) => {
      // Shape and the meaning a request has on its own (dates, lines within the order, amounts); no client to check against.
      const checked = checkRequestAgainst(request);
      if (!checked.ok) throw new SavedeskInputError(checked.issues);
      addSighting(tally, checked.value);
      added++;
    },
    get added() {
      return added;
    },
    candidates: () => {
      const windows = windowsOf(tally, windowDays);
      const cells = windowCells(tally, windows);
      const scoring: Scoring = sales === undefined ? prrScoring(tally, cells) : poissonScoring(tally, cells, windows, sales);
      const scores = cells.map((cell) => scoring.score(cell));
      const tested = scoring.skus * tally.reasons.size * windows.count;
      const qValues = benjaminiHochberg(scores.map((score) => score.pValue), tested);
      const found = cells.map((cell, i): RecallCandidate => {
        const score = scores[i]!;
        const qValue = qValues[i]!;
        const level: RecallLevel = safety.has(cell.reason) ? 'many' : cell.customers === 1 ? 'one' : scoring.isMany(cell, score, qValue) ? 'many' : 'few';
        const first = windows.firstDay + cell.window * windowDays;
        const { name } = tally.skus.get(cell.sku) ?? {};
        const category = scoring.category(cell.sku);
        return {
          sku: cell.sku,
          ...(name === undefined ? {} : { name }),
          ...(category === undefined ? {} : { category }),
          reason: cell.reason,
          window: { start: isoDate(first), end: isoDate(first + windows.days(cell.window) - 1) },
          customers: cell.customers,
          ...score,
          qValue,
          level,
          method: scoring.method,
        };
      });
      return found.sort(byLevelThenEvidence);
    },
  };
}

/**
 * One, few, or many? (DESIGN.md, Round 2.) For each SKU × reason and window,
 * how many distinct customers returned it, against how many were expected,
 * and whether that is a product problem (`many`: a recall candidate), a few
 * customers, or one.
 *
 * - **Windows**: back to back, `windowDays` long (default 30), the first
 *   starting on the day (UTC) of the earliest request, the last ending on the
 *   day of the latest (so it may be shorter).
 * - **With `options.sales`** (units sold per SKU over the history's period):
 *   expected = the SKU's units × its category's customers per unit sold per
 *   day for that reason, over the whole history × the window's days;
 *   `pValue` = P[X ≥ customers] for X ~ Poisson(expected); `qValue` =
 *   Benjamini–Hochberg across every SKU × reason × window (cells nobody
 *   returned count as tests with p = 1). `many` when q ≤ 0.05, at least 3
 *   customers and at least twice the expected count.
 * - **Without sales**: the proportional reporting ratio in each window (the
 *   SKU's share of this reason against every other SKU's), `many` at the
 *   usual screening thresholds (PRR ≥ 2, Yates χ² ≥ 4, at least 3
 *   customers) and q ≤ 0.05. Every result says `method: 'prr'`.
 * - A reason in `options.safetyReasons` is `many` from the first customer. A
 *   single customer is otherwise `one`; anything else is `few`.
 *
 * Accepts an array or any iterable (returns the results), or an async
 * iterable such as a file's lines (returns a promise of them).
 * @throws SavedeskInputError for a request that is not valid, its paths under `[index]`.
 * @throws SavedeskError with code `invalid-input` when the options are not valid.
 * @example
 * ```ts
 * const signals = findRecallCandidates(history, { sales, windowDays: 30, safetyReasons: ['injury', 'fire'] });
 * const recalls = signals.filter((signal) => signal.level === 'many');
 * ```
 */
export function findRecallCandidates(history: Iterable<unknown>, options?: RecallOptions): RecallCandidate[];
export function findRecallCandidates(history: AsyncIterable<unknown>, options?: RecallOptions): Promise<RecallCandidate[]>;
export function findRecallCandidates(
  history: Iterable<unknown> | AsyncIterable<unknown>,
  options: RecallOptions = {},
): RecallCandidate[] | Promise<RecallCandidate[]> {
  const search = recallAccumulator(options);
  if (Symbol.asyncIterator in history) {
    return (async () => {
      for await (const request of history) addAt(search, request);
      return search.candidates();
    })();
  }
  for (const request of history) addAt(search, request);
  return search.candidates();
}

/** Adds a request, its problems (if any) placed under its index in the history. */
function addAt(search: RecallAccumulator, request: unknown): void {
  const index = search.added;
  try {
    search.add(request);
  } catch (error) {
    if (error instanceof SavedeskInputError) throw new SavedeskInputError(error.issues.map((issue) => ({ ...issue, path: joinPath(`[${index}]`, issue.path) })));
    throw error;
  }
}

/** `many` first, then the strongest evidence (lowest q, most customers), then by SKU, reason and window, so the order is stable. */
function byLevelThenEvidence(x: RecallCandidate, y: RecallCandidate): number {
  return (
    recallLevels.indexOf(y.level) - recallLevels.indexOf(x.level) ||
    x.qValue - y.qValue ||
    y.customers - x.customers ||
    compare(x.sku, y.sku) ||
    compare(x.reason, y.reason) ||
    compare(x.window.start, y.window.start)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
