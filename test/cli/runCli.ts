import { run } from '../../src/cli/main';
import type { Terminal } from '../../src/cli/terminal';

/** What one CLI run printed and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `savedesk <args>` in this process, with `stdin` as standard input, on a terminal without colour unless `screen` says. */
export async function runCli(args: readonly string[], stdin = '', screen: Pick<Terminal, 'colour' | 'width'> = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const terminal: Terminal = {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    readStdin: async () => stdin,
    exitCode: 0,
    ...screen,
  };
  const code = await run(args, terminal);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
