import picocolors from 'picocolors';
import wrapAnsi from 'wrap-ansi';
import type { Terminal } from '../terminal';

/** Colours for one terminal: picocolors' functions, each returning its text unchanged when colour is off. */
export type Style = ReturnType<typeof picocolors.createColors>;

/**
 * Whether output takes colour: never with `NO_COLOR` (set and not empty,
 * no-color.org); else as `FORCE_COLOR` says when it is set (`0` or `false`:
 * no); else only on a terminal that is not `dumb`. Unlike picocolors' own
 * guess, a pipe in CI stays plain, so a runner reading the closing line
 * `N passed, N failed` never meets a colour code.
 */
export function colourWanted(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/** The colours for `terminal`: none unless it says it takes them. */
export function styleOf(terminal: Pick<Terminal, 'colour'>): Style {
  return picocolors.createColors(terminal.colour === true);
}

/** Columns assumed when the terminal does not say (a pipe, a file, a test). */
export const DEFAULT_WIDTH = 80;

/**
 * `text` wrapped to the terminal's width less the `margin` its lines will be
 * indented by; lines after the first get two more spaces, so a wrapped note
 * reads as one.
 */
export function wrapTo(terminal: Pick<Terminal, 'width'>, text: string, margin: number): string[] {
  const width = Math.max((terminal.width ?? DEFAULT_WIDTH) - margin - 2, 20);
  const [first = '', ...rest] = wrapAnsi(text, width, { hard: true }).split('\n');
  return [first, ...rest.map((line) => `  ${line}`)];
}
