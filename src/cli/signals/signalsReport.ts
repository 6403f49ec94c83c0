import type { RecallCandidate, RecallLevel, RecallMethod } from '../../signals/RecallCandidate';
import { columns } from '../format/columns';

/** `few` rows shown to a person, strongest first; `--json` has them all. */
const FEW_SHOWN = 20;
/** Names longer than this are cut, so the table fits a terminal. */
const NAME_WIDTH = 32;

/** What `savedesk signals --json` prints. */
export interface SignalsSummary {
  readonly file: string;
  /** Requests read (blank lines aside), valid or not. */
  readonly requests: number;
  /** Lines that were not JSON or not a valid request: reported and skipped. */
  readonly skipped: number;
  readonly method: RecallMethod;
  readonly windowDays: number;
  /** SKU × reason × window cells with at least one customer, by level. */
  readonly levels: Readonly<Record<RecallLevel, number>>;
  /** Every cell, `many` first. */
  readonly candidates: readonly RecallCandidate[];
}

/** The cells counted by level. */
export function countLevels(candidates: readonly RecallCandidate[]): Record<RecallLevel, number> {
  const levels = { many: 0, few: 0, one: 0 };
  for (const { level } of candidates) levels[level]++;
  return levels;
}

/** The findings for a person: what was read and how, every `many`, the strongest `few`, and the counts. */
export function signalsReport(summary: SignalsSummary): string[] {
  const { levels, candidates } = summary;
  const many = candidates.filter((c) => c.level === 'many');
  const few = candidates.filter((c) => c.level === 'few').slice(0, FEW_SHOWN);
  const header = ['level', 'SKU', 'name', 'reason', 'window', 'customers', 'expected', 'ratio', 'q'];
  const rows = [...many, ...few].map((c) => [
    c.level,
    c.sku,
    cut(c.name ?? ''),
    c.reason,
    `${c.window.start} … ${c.window.end}`,
    String(c.customers),
    decimal(c.expected),
    decimal(c.ratio),
    probability(c.qValue),
  ]);
  return [
    `${summary.file} · ${summary.requests} requests: ${summary.requests - summary.skipped} read, ${summary.skipped} skipped · ${summary.windowDays}-day windows`,
    methodLine(summary.method),
    '',
    ...(rows.length === 0 ? ['no SKU × reason was returned by more than one customer in a window'] : columns([header, ...rows], [false, false, false, false, false, true, true, true, true])),
    ...(levels.few > few.length ? [`… and ${levels.few - few.length} more few (--json lists every one)`] : []),
    '',
    `${levels.many} many · ${levels.few} few · ${levels.one} one (SKU × reason × window cells with a customer)`,
  ];
}

/** How the expected counts were found, in one line. */
export function methodLine(method: RecallMethod): string {
  return method === 'poisson'
    ? 'expected from units sold (--sales) × the category\'s rate for the reason; Poisson p, Benjamini–Hochberg q; many = q ≤ 0.05, ≥ 3 customers, ≥ 2× expected'
    : 'no sales file: each SKU\'s share of a reason against every other SKU\'s (PRR); many = PRR ≥ 2, χ² ≥ 4, ≥ 3 customers, q ≤ 0.05. Give --sales for expected counts from units sold';
}

/** A name cut to `width` characters, an ellipsis marking the cut. */
export function cut(name: string, width = NAME_WIDTH): string {
  return name.length <= width ? name : `${name.slice(0, width - 1)}…`;
}

/** 1 decimal from 1 up, 2 significant digits below: 12.3, 0.42. */
export function decimal(value: number): string {
  return value >= 1 ? value.toFixed(1) : value.toPrecision(2);
}

/** A probability as a person reads it: 0.031, 2.4e-7. */
export function probability(value: number): string {
  return value >= 0.001 ? value.toFixed(3) : value.toExponential(1);
}
