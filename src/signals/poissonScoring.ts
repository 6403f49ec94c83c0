import { poissonExceedance } from '../stats/poisson';
import type { SalesRow } from './recallOptions';
import { customerOf, type ReturnSightings } from './returnSightings';
import { POISSON_MANY, type Scoring, add } from './scoring';
import type { Windows, WindowCell } from './windowCells';

/** Uncategorised SKUs share one category. */
const NO_CATEGORY = '';

/**
 * Expected customers from units sold: a SKU's units × its category's rate for
 * the reason, the rate being the category's customers for that reason per
 * unit sold per day over the whole history, times the window's days (sales
 * are taken as spread evenly over the history). A SKU's units are at least
 * the customers who returned it, so a SKU missing from the sales (or sold 0)
 * is not expected to have no returns at all.
 */
export function poissonScoring(tally: ReturnSightings, cells: readonly WindowCell[], windows: Windows, sales: readonly SalesRow[]): Scoring {
  const sold = new Map<string, number>();
  const salesCategory = new Map<string, string>();
  for (const row of sales) {
    sold.set(row.sku, (sold.get(row.sku) ?? 0) + row.units);
    if (row.category !== undefined && !salesCategory.has(row.sku)) salesCategory.set(row.sku, row.category);
  }
  const category = (sku: string) => salesCategory.get(sku) ?? tally.skus.get(sku)?.category;
  const units = new Map<string, number>();
  for (const sku of new Set([...sold.keys(), ...tally.skus.keys()])) units.set(sku, Math.max(sold.get(sku) ?? 0, returners(tally, sku)));

  const categoryUnits = new Map<string, number>();
  for (const [sku, count] of units) add(categoryUnits, category(sku) ?? NO_CATEGORY, count);
  const categoryCustomers = new Map<string, number>();
  for (const cell of cells) add(categoryCustomers, key(category(cell.sku) ?? NO_CATEGORY, cell.reason), cell.customers);

  return {
    method: 'poisson',
    skus: units.size,
    category,
    score: (cell) => {
      const group = category(cell.sku) ?? NO_CATEGORY;
      const perUnitDay = categoryCustomers.get(key(group, cell.reason))! / (categoryUnits.get(group)! * windows.totalDays);
      const expected = units.get(cell.sku)! * perUnitDay * windows.days(cell.window);
      return { expected, ratio: cell.customers / expected, pValue: poissonExceedance(cell.customers, expected) };
    },
    isMany: (cell, score, qValue) => qValue <= POISSON_MANY.qValue && cell.customers >= POISSON_MANY.customers && score.ratio >= POISSON_MANY.ratio,
  };
}

/** Distinct customers who returned the SKU, for any reason, at any time. */
function returners(tally: ReturnSightings, sku: string): number {
  const customers = new Set<number>();
  for (const sightings of tally.bySku.get(sku)?.values() ?? []) for (const sighting of sightings) customers.add(customerOf(sighting));
  return customers.size;
}

function key(category: string, reason: string): string {
  return `${category}\u0000${reason}`;
}
