import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

describe('savedesk --help', () => {
  it('lists every command', async () => {
    const { code, stdout } = await runCli(['--help']);
    for (const command of ['test', 'decide', 'lint', 'schema']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(code).toBe(0);
  });

  it.each(['test', 'decide', 'lint', 'schema'])('explains savedesk %s', async (command) => {
    const { code, stdout } = await runCli([command, '--help']);
    expect(stdout).toContain(`Usage: savedesk ${command}`);
    expect(stdout).toContain('Example');
    expect(code).toBe(0);
  });

  it('answers an unknown command with a usage error and exit 2', async () => {
    const { code, stderr } = await runCli(['tset']);
    expect(stderr).toContain("error: unknown command 'tset'");
    expect(code).toBe(2);
  });
});
