/**
 * Numbers as a page shows them: the same digits in every locale and time zone
 * (no `toLocaleString`, which follows the machine's settings).
 */

/** 12345 → "12,345"; fractions are rounded to whole numbers. */
export function formatCount(value: number): string {
  return groupThousands(String(Math.round(value)));
}

/** 0.3421 → "34.2%". */
export function formatPercent(rate: number, digits = 1): string {
  return `${(rate * 100).toFixed(digits)}%`;
}

/** Two rates as a range: (0.173, 0.208) → "17.3–20.8%". */
export function formatPercentRange(low: number, high: number, digits = 1): string {
  return `${(low * 100).toFixed(digits)}–${formatPercent(high, digits)}`;
}

/** A difference of rates in percentage points, signed: 0.0213 → "+2.1 pts". */
export function formatPoints(difference: number, digits = 1): string {
  return `${signedPoints(difference, digits)} pts`;
}

/** A range of differences in points: (−0.012, 0.034) → "−1.2 to +3.4 pts". */
export function formatPointsRange(low: number, high: number, digits = 1): string {
  return `${signedPoints(low, digits)} to ${formatPoints(high, digits)}`;
}

/** A size of difference, unsigned: 0.02 → "2 points", 0.0275 → "2.8 points". */
export function formatPointsSize(difference: number): string {
  const text = (Math.abs(difference) * 100).toFixed(1).replace(/\.0$/, '');
  return `${text} ${text === '1' ? 'point' : 'points'}`;
}

function signedPoints(difference: number, digits: number): string {
  const text = (difference * 100).toFixed(digits);
  const signed = /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return signed.startsWith('-') ? `−${signed.slice(1)}` : `+${signed}`;
}

/** A money string in a currency, its whole part grouped: ("1234.50", "USD") → "USD 1,234.50". */
export function formatAmount(amount: string, currency: string): string {
  const [whole, fraction] = amount.split('.');
  return `${currency} ${groupThousands(whole!)}${fraction === undefined ? '' : `.${fraction}`}`;
}

function groupThousands(digits: string): string {
  const sign = digits.startsWith('-') ? '−' : '';
  return sign + digits.replace(/^-/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
