import { colourWanted } from './format/style';

/** Where the CLI writes and reads: the process's streams when run, buffers in tests. */
export interface Terminal {
  /** Writes one line to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Reads the whole of standard input. */
  readStdin(): Promise<string>;
  /** The code the run exits with; a command sets it when it is not 0. */
  exitCode: number;
  /** Whether standard output takes colour (off when left out: a pipe, a file, a test). */
  readonly colour?: boolean;
  /** Standard output's width in columns, when it is a terminal. */
  readonly width?: number;
}

/** What the exit code means. */
export const exitCodes = {
  ok: 0,
  /** A case failed, or `lint --strict` found warnings. */
  failed: 1,
  /** A client did not load, the input was invalid, the command line was wrong, or anything unexpected. */
  error: 2,
} as const;

/** The terminal of this process: colour as {@link colourWanted} decides (`NO_COLOR`, `FORCE_COLOR`, a TTY), its width when it has one. */
export function processTerminal(): Terminal {
  // A reader that stops early (`savedesk learn … | head`) closes the pipe: print no more, but let the
  // command finish what it was doing (writing acceptance.json), quietly, not with a stack trace.
  let stdoutOpen = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exit(exitCodes.error);
    stdoutOpen = false;
  });
  return {
    out: (line) => {
      if (stdoutOpen) process.stdout.write(`${line}\n`);
    },
    err: (line) => process.stderr.write(`${line}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    exitCode: exitCodes.ok,
    colour: colourWanted(process.env, process.stdout.isTTY === true),
    ...(process.stdout.columns ? { width: process.stdout.columns } : {}),
  };
}
