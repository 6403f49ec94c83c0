import { describe, expect, it } from 'vitest';
import { colourWanted, wrapTo } from './style';

describe('colourWanted', () => {
  it('colours a terminal, not a pipe, unless told otherwise', () => {
    expect(colourWanted({}, true)).toBe(true);
    expect(colourWanted({}, false)).toBe(false);
    expect(colourWanted({ CI: 'true' }, false)).toBe(false);
    expect(colourWanted({ TERM: 'dumb' }, true)).toBe(false);
  });

  it('follows FORCE_COLOR, and NO_COLOR above all', () => {
    expect(colourWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(colourWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colourWanted({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(colourWanted({ NO_COLOR: '' }, true)).toBe(true);
  });
});

describe('wrapTo', () => {
  it('wraps to the width less the margin, indenting the lines after the first', () => {
    const lines = wrapTo({ width: 30 }, 'one two three four five six seven eight nine ten', 2);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(28);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/);
    expect(lines.map((line) => line.trim()).join(' ')).toBe('one two three four five six seven eight nine ten');
  });
});
