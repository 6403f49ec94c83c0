import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = readme.slice(readme.indexOf('## Guarantees'), readme.indexOf('## Limits'));

describe('README Guarantees', () => {
  it('names for every guarantee a test file that exists', () => {
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| guarantee') && !line.startsWith('| ---'));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const files = [...row.split(' | ').at(-1)!.matchAll(/`([^`]+\.test\.ts)`/g)].map((match) => match[1]!);
      expect(files, row).not.toEqual([]);
      for (const file of files) expect(existsSync(new URL(file, root)), file).toBe(true);
    }
  });
});
