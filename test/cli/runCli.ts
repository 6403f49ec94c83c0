import { run } from '../../src/cli/main';
import type { Terminal } from '../../src/cli/terminal';

/** What one CLI run printed and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `savedesk <args>` in this process, with `stdin` as standard input. */
export async function runCli(args: readonly string[], stdin = ''): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const terminal: Terminal = {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    readStdin: async () => stdin,
    exitCode: 0,
  };
  const code = await run(args, terminal);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
