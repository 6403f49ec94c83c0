/**
 * Benjamini–Hochberg q-values (adjusted p-values), in the order the p-values
 * were given: q_(i) = min over j ≥ i of p_(j) · m / j, at most 1. Controls the
 * false discovery rate: flagging every q ≤ 0.05 expects at most 5% of the
 * flags to be false.
 *
 * `tests` is m, how many hypotheses were tested, when more were tested than
 * are listed: a test left out because its p-value is 1 (nothing observed)
 * still counts, and only makes every q larger.
 */
export function benjaminiHochberg(pValues: readonly number[], tests: number = pValues.length): number[] {
  const m = Math.max(tests, pValues.length);
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
  const q = new Array<number>(pValues.length);
  let running = 1;
  for (let rank = order.length; rank >= 1; rank--) {
    const { p, i } = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    q[i] = running;
  }
  return q;
}
