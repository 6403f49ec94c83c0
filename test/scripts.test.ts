/**
 * The scripts and examples people start by hand: each explains itself with
 * --help (never a stack trace), the demo shows an agent's screen, and an
 * example stopped with SIGTERM through `npm run` stops its server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadClient } from '../src/node/loadClient';

const repo = join(import.meta.dirname, '..');

/** Runs a TypeScript script of the repository as its own process, as `npm run` does through tsx. */
function script(file: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('scripts', () => {
  it.each(['scripts/demo.ts', 'scripts/gen-history.ts', 'scripts/test-node.ts', 'bench/run.ts', 'bench/coldStart.ts', 'bench/ledger.ts'])('%s --help explains it and exits 0', (file) => {
    const { status, stdout, stderr } = script(file, '--help');
    expect(stdout).toMatch(/^Usage: /);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(status).toBe(0);
  });

  it('gen:history refuses a bad argument with a sentence, not a stack trace', () => {
    const { status, stderr } = script('scripts/gen-history.ts', '--client', 'rules/nordhem', '--count', 'many');
    expect(stderr).toContain("option '--count <n>' argument 'many' is invalid");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(status).not.toBe(0);
  });

  it('test:node names the pinned versions when asked for another', () => {
    const { status, stderr } = script('scripts/test-node.ts', '23');
    expect(stderr).toMatch(/no Node 23 is pinned in scripts\/node-versions\.json \(pinned: 22, 24\)/);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(status).not.toBe(0);
  });

  it('pins exact Node versions in one place, and engines and the README claim those majors from the versions tested', async () => {
    const pinned = Object.entries(JSON.parse(await readFile(join(repo, 'scripts', 'node-versions.json'), 'utf8')) as Record<string, string>).filter(([major]) => /^\d+$/.test(major));
    const { engines } = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { engines: { node: string } };
    const readme = await readFile(join(repo, 'README.md'), 'utf8');
    const ranges = engines.node.split('||').map((range) => range.trim());
    // The machine's Node (20) and each pinned one: engines accepts that line from no later than the version tested.
    for (const [major, version] of [...pinned, [process.versions.node.split('.')[0]!, process.versions.node] as const]) {
      expect(version).toMatch(new RegExp(`^${major}\\.\\d+\\.\\d+$`));
      const minor = Number(version.split('.')[1]);
      const range = ranges.find((each) => each.startsWith(`^${major}.`));
      expect(range, `engines has a range for Node ${major}`).toBeDefined();
      const claimed = range!.slice(1).split('.').slice(0, 2).join('.');
      expect(Number(claimed.split('.')[1])).toBeLessThanOrEqual(minor);
      expect(readme).toContain(`${major} (${claimed} or later)`);
    }
    expect(ranges).toHaveLength(pinned.length + 1);
  });

  it('the demo prints an agent\'s screen: the offers as a table, the guidance, the follow-ups, and where the JSON is', () => {
    const { status, stdout } = script('scripts/demo.ts');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain('rank  offer                               id             kind          cost USD  value USD  saving USD  approval');
    expect(lines.some((line) => /^ +1 +Softer seat cushions, shipped free +soft-cushions /.test(line))).toBe(true);
    expect(stdout).not.toContain('(index)');
    expect(lines).toContain('guidance:');
    expect(lines).toContain('follow-ups:');
    expect(lines.at(-1)).toContain('npm run demo -- --json');
    expect(stdout).not.toContain('"requestId"');
    expect(status).toBe(0);
  });

  it('the demo prints the decision as JSON with --json', async () => {
    const { stdout } = script('scripts/demo.ts', '--json');
    const { desk } = await loadClient(join(repo, 'rules', 'nordhem'));
    const request = JSON.parse(await readFile(join(repo, 'examples', 'requests', 'nordhem-too-firm.json'), 'utf8'));
    expect(JSON.parse(stdout)).toEqual(await desk.decide(request));
  });
});

describe('npm run example:returns-portal', () => {
  it('stops serving when the npm process gets SIGTERM', async () => {
    // Its own process group, so that whatever is left can be cleaned up after a failure.
    const npm = spawn('npm', ['run', 'example:returns-portal', '--', '--port', '0', '--host', '127.0.0.1'], { cwd: repo, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    onTestFinished(() => {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // Nothing left: the group is gone.
      }
    });
    const exited = once(npm, 'exit');
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      npm.stdout.on('data', (chunk: Buffer) => {
        output += stripVTControlCharacters(chunk.toString());
        const found = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (found) resolve(found[1]!);
      });
      npm.on('exit', () => reject(new Error(`the example ended before serving:\n${output}`)));
    });
    expect((await fetch(url)).status).toBe(200);

    npm.kill('SIGTERM');
    await exited;
    // The server is gone with it (allow it a moment to close): nothing answers any more.
    let answered = true;
    for (let attempt = 0; attempt < 50 && answered; attempt++) {
      answered = await fetch(url).then(() => true, () => false);
      if (answered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answered).toBe(false);
  }, 60_000);
});
