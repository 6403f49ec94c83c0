import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientCase } from '../../src/schema/case';
import { acme, editJson, tempAcme } from '../fixtures/tempClient';

/** Runs the real executable from source, as its own process. */
function savedesk(...args: string[]) {
  return savedeskWith({}, ...args);
}

/** The same, with these environment variables set (and no CI, NO_COLOR or FORCE_COLOR from outside). */
function savedeskWith(env: Record<string, string>, ...args: string[]) {
  const { CI, NO_COLOR, FORCE_COLOR, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', env: { ...inherited, ...env } });
}

describe('the savedesk executable', () => {
  it('exits with the code of the run: 1 for a failing case', async () => {
    const dir = await tempAcme();
    await editJson<ClientCase>(join(dir, 'cases', 'too-firm.json'), (caseFile) => {
      caseFile.expect = { offers: [] };
    });
    const { status, stdout } = savedesk('test', dir);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(status).toBe(1);
  });

  it('colours its output only when asked with FORCE_COLOR through a pipe, and never with NO_COLOR', () => {
    const colour = /\u001b\[/;
    expect(savedeskWith({}, 'test', acme).stdout).not.toMatch(colour);
    expect(savedeskWith({ FORCE_COLOR: '1' }, 'test', acme).stdout).toMatch(colour);
    expect(savedeskWith({ FORCE_COLOR: '1', NO_COLOR: '1' }, 'test', acme).stdout).not.toMatch(colour);
  });
});
