import { chiSquareExceedance } from '../stats/poisson';
import type { ReturnSightings } from './returnSightings';
import { PRR_MANY, type Scoring, add } from './scoring';
import type { WindowCell } from './windowCells';

/**
 * Without sales, the proportional reporting ratio within each window: of the
 * customers returning this SKU, the share giving this reason, against that
 * share among every other SKU. a = this SKU and reason, b = this SKU, other
 * reasons, c = other SKUs, this reason, d = the rest;
 * PRR = (a / (a + b)) ÷ (c / (c + d)), expected = (a + b) · c / (c + d). When
 * a count is 0, ½ is added to each (Haldane–Anscombe), so the ratio stays
 * finite. With a single reason in the history it is always about 1: the
 * method compares reasons, and can find nothing without sales.
 */
export function prrScoring(tally: ReturnSightings, cells: readonly WindowCell[]): Scoring {
  const bySku = new Map<string, number>();
  const byReason = new Map<string, number>();
  const all = new Map<number, number>();
  for (const cell of cells) {
    add(bySku, `${cell.window}\u0000${cell.sku}`, cell.customers);
    add(byReason, `${cell.window}\u0000${cell.reason}`, cell.customers);
    add(all, cell.window, cell.customers);
  }
  const table = (cell: WindowCell) => {
    const a = cell.customers;
    const b = bySku.get(`${cell.window}\u0000${cell.sku}`)! - a;
    const c = byReason.get(`${cell.window}\u0000${cell.reason}`)! - a;
    const d = all.get(cell.window)! - a - b - c;
    return { a, b, c, d };
  };
  return {
    method: 'prr',
    skus: tally.skus.size,
    category: (sku) => tally.skus.get(sku)?.category,
    score: (cell) => {
      const { a, b, c, d } = table(cell);
      const half = a === 0 || b === 0 || c === 0 || d === 0 ? 0.5 : 0;
      const reference = (c + half) / (c + d + 2 * half);
      const ratio = (a + half) / (a + b + 2 * half) / reference;
      // One-sided, as the Poisson test is: only a share above the others' is evidence of a problem.
      const twoSided = chiSquareExceedance(yates(a, b, c, d));
      return { expected: (a + b) * reference, ratio, pValue: ratio > 1 ? twoSided / 2 : 1 - twoSided / 2 };
    },
    isMany: (cell, score, qValue) => {
      const { a, b, c, d } = table(cell);
      return cell.customers >= PRR_MANY.customers && score.ratio >= PRR_MANY.ratio && yates(a, b, c, d) >= PRR_MANY.chiSquare && qValue <= PRR_MANY.qValue;
    },
  };
}

/** Pearson's χ² with Yates' continuity correction for the 2 × 2 table a b / c d; 0 when a margin is empty. */
export function yates(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const margins = (a + b) * (c + d) * (a + c) * (b + d);
  if (margins === 0) return 0;
  const excess = Math.max(0, Math.abs(a * d - b * c) - n / 2);
  return (n * excess * excess) / margins;
}
