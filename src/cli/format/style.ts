import picocolors from 'picocolors';
import wrapAnsi from 'wrap-ansi';
import type { Terminal } from '../terminal';

/** Colours for one terminal: picocolors' functions, each returning its text unchanged when colour is off. */
export type Style = ReturnType<typeof picocolors.createColors>;

/** Whether this process's standard output takes colour: picocolors' answer (NO_COLOR, FORCE_COLOR, a TTY, CI). */
export const colourSupported: boolean = picocolors.isColorSupported;

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
