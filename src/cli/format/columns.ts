/**
 * Lays rows out in columns two spaces apart, each as wide as its widest
 * cell; `right[i]` right-aligns column i (amounts). Trailing spaces are cut.
 */
export function columns(rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return rows.map((row) =>
    row
      .map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
