import stringWidth from 'string-width';

/**
 * Lays rows out in columns two spaces apart, each as wide as its widest
 * cell on screen (string-width: a wide character counts two, colour codes
 * none); `right[i]` right-aligns column i (amounts). Trailing spaces are cut.
 */
export function columns(rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, stringWidth(cell))), []);
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const padding = ' '.repeat(widths[i]! - stringWidth(cell));
        return right[i] ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd(),
  );
}
