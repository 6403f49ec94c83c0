import type { RecallMethod } from './RecallCandidate';
import type { WindowCell } from './windowCells';

/** What a method says of one cell, before the q-values across all cells are known. */
export interface CellScore {
  readonly expected: number;
  readonly ratio: number;
  readonly pValue: number;
}

/** A way of scoring cells: what each is expected to hold, and when it is `many`. */
export interface Scoring {
  readonly method: RecallMethod;
  /** Every SKU the search knows of (sold or returned): with the reasons and windows, how many cells were tested. */
  readonly skus: number;
  /** The category of a SKU, when one is known. */
  category(sku: string): string | undefined;
  score(cell: WindowCell): CellScore;
  /** The method's own test for a product problem (safety reasons aside). */
  isMany(cell: WindowCell, score: CellScore, qValue: number): boolean;
}

/** The thresholds for `many` with sales data: q ≤ 0.05, at least 3 customers, at least twice the expected count. */
export const POISSON_MANY = { qValue: 0.05, customers: 3, ratio: 2 } as const;

/**
 * The usual screening thresholds for a proportional reporting ratio (Evans,
 * Waller & Davis 2001, as pharmacovigilance uses them): PRR ≥ 2, Yates
 * χ² ≥ 4, at least 3 reports; and, as with sales, q ≤ 0.05 across every
 * cell, because over thousands of small cells those thresholds alone flag
 * chance (3 customers of 3 giving one of eight reasons passes them).
 */
export const PRR_MANY = { ratio: 2, chiSquare: 4, customers: 3, qValue: 0.05 } as const;

/** Adds `amount` to the total kept under `name`. */
export function add<K>(totals: Map<K, number>, name: K, amount: number): void {
  totals.set(name, (totals.get(name) ?? 0) + amount);
}
