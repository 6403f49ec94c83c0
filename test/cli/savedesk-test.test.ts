import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ClientCase } from '../../src/schema/case';
import type { Rule } from '../../src/schema/rule';
import { acme, editJson, tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

describe('savedesk test', () => {
  it('prints a line per case and the tally, and exits 0 when every case passes', async () => {
    const { code, stdout } = await runCli(['test', dirname(acme)]);
    expect(stdout.split('\n')).toEqual([
      '✓ acme › sagging mattress gets a new one, approved by a supervisor',
      '✓ acme › too firm gets a topper',
      '2 passed, 0 failed',
    ]);
    expect(code).toBe(0);
  });

  it('shows how a failing case differs, the offers made and the rules that fired, and exits 1', async () => {
    const dir = await tempAcme();
    const file = join(dir, 'cases', 'too-firm.json');
    await editJson<ClientCase>(file, (caseFile) => {
      caseFile.expect = { offers: ['keep-10', 'soft-topper'], flags: ['quality-issue'] };
    });
    const { code, stdout } = await runCli(['test', dir]);
    expect(stdout.split('\n')).toEqual([
      '✓ acme › sagging mattress gets a new one, approved by a supervisor',
      '✗ acme › too firm gets a topper',
      `    ${file}: expect.offers: expected keep-10, soft-topper, got soft-topper, keep-10`,
      `    ${file}: expect.flags: expected quality-issue, got none`,
      '    offers made: 1. soft-topper, 2. keep-10',
      '    rules fired: too-firm-gets-a-topper',
      '1 passed, 1 failed',
    ]);
    expect(code).toBe(1);
  });

  it('names the file and JSON path of a broken rule, and exits 2', async () => {
    const dir = await tempAcme();
    await editJson<Rule[]>(join(dir, 'rules', 'defects.json'), (rules) => {
      rules[1]!.event = { type: 'offer', params: { offer: 'pct-50' } };
    });
    const { code, stdout, stderr } = await runCli(['test', dir]);
    expect(stderr).toBe(`✗ acme: The client configuration has 1 problem:\n  ${join(dir, 'rules', 'defects.json')}: [1].event.params.offer: no offer "pct-50" in the catalog`);
    expect(stdout).toBe('0 passed, 2 failed (2 of them from a client that did not load, one per case file)');
    expect(code).toBe(2);
  });

  it('still runs the other clients when one does not load, and counts its cases as failed in the closing line', async () => {
    const dir = await tempAcme();
    const broken = join(dirname(dir), 'broken');
    await cp(dir, broken, { recursive: true });
    await writeFile(join(broken, 'client.json'), '{');
    await writeFile(join(broken, 'cases', 'third.json'), '{}');
    const { code, stdout, stderr } = await runCli(['test', dirname(dir)]);
    expect(stdout.split('\n')).toEqual([
      '✓ acme › sagging mattress gets a new one, approved by a supervisor',
      '✓ acme › too firm gets a topper',
      '2 passed, 3 failed (3 of them from a client that did not load, one per case file)',
    ]);
    // What a runner reading only the closing line sees.
    const [, passed, failed] = /^(\d+) passed, (\d+) failed/.exec(stdout.split('\n').at(-1)!)!;
    expect([Number(passed), Number(failed)]).toEqual([2, 3]);
    expect(stderr).toBe(`✗ broken: The client configuration has 1 problem:\n  ${join(broken, 'client.json')}: not valid JSON at 1:2: the text ends too early`);
    expect(code).toBe(2);
  });

  it('counts a client without cases that does not load as one failure', async () => {
    const dir = await tempAcme();
    await rm(join(dir, 'cases'), { recursive: true });
    await writeFile(join(dir, 'client.json'), '[]');
    const { code, stdout } = await runCli(['test', dir]);
    expect(stdout).toBe('0 passed, 1 failed (1 of them from a client that did not load, one per case file)');
    expect(code).toBe(2);
  });

  it('colours the marks and the closing line only when the terminal takes colour', async () => {
    const plain = await runCli(['test', acme]);
    const coloured = await runCli(['test', acme], '', { colour: true });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    expect(coloured.stdout).toContain('\u001b[32m✓\u001b[39m acme › too firm gets a topper');
    expect(coloured.stdout.split('\n').at(-1)).toBe('\u001b[32m2 passed, 0 failed\u001b[39m');
  });

  it('exits 2 when a folder does not exist or holds no client', async () => {
    const missing = await runCli(['test', 'no-such-folder']);
    expect(missing).toMatchObject({ code: 2, stderr: 'The client configuration has 1 problem:\n  no-such-folder: does not exist' });
    const empty = await mkdtemp(join(tmpdir(), 'savedesk-'));
    onTestFinished(() => rm(empty, { recursive: true }));
    const none = await runCli(['test', empty]);
    expect(none).toMatchObject({ code: 2, stderr: `The client configuration has 1 problem:\n  ${empty}: has no client folder (a folder with client.json) in or below it` });
  });
});
