/** How widespread a problem is (DESIGN.md, *One, few, or many?*): one customer, a few, or many — a product problem. */
export const recallLevels = ['one', 'few', 'many'] as const;

/** `one` (a single customer), `few`, or `many` (a recall candidate). */
export type RecallLevel = (typeof recallLevels)[number];

/**
 * How the expected count was found: `poisson` from units sold (`options.sales`),
 * `prr` (proportional reporting ratio) from the history alone when there are no sales.
 */
export type RecallMethod = 'poisson' | 'prr';

/** A window of days, UTC, first and last day included. */
export interface RecallWindow {
  /** The first day, e.g. `2011-11-05`. */
  readonly start: string;
  /** The last day. */
  readonly end: string;
}

/** One SKU × reason × window in which at least one customer returned the SKU for that reason. */
export interface RecallCandidate {
  readonly sku: string;
  /** The item's name, as the first order that held it gave it. */
  readonly name?: string;
  /** The SKU's category (from `options.sales`, else the order items); absent when none is known. */
  readonly category?: string;
  /** The reason code. */
  readonly reason: string;
  readonly window: RecallWindow;
  /** Distinct customers who returned the SKU for this reason in the window (the same customer twice counts once). */
  readonly customers: number;
  /** Customers expected in the window: from sales (`poisson`) or from the other SKUs' share of this reason (`prr`). */
  readonly expected: number;
  /** `customers ÷ expected` (`poisson`), or the proportional reporting ratio (`prr`). */
  readonly ratio: number;
  /** P[X ≥ customers] for X ~ Poisson(expected) (`poisson`); the one-sided p-value of Yates' χ² test (`prr`). */
  readonly pValue: number;
  /** Benjamini–Hochberg q-value across every SKU × reason × window tested. */
  readonly qValue: number;
  readonly level: RecallLevel;
  readonly method: RecallMethod;
}
