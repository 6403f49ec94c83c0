import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientCase } from '../../src/schema/case';
import { editJson, tempAcme } from '../fixtures/tempClient';

/** Runs the real executable from source, as its own process. */
function savedesk(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8' });
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
});
