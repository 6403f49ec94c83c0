/**
 * `npm run test:node -- 24 [vitest arguments…]`: builds and runs the whole
 * suite on another Node version, without installing it system-wide. The
 * exact version comes from scripts/node-versions.json (the one place it is
 * pinned); its binary is installed from the npm registry (the package
 * `node-<platform>-<arch>`) into a cache outside the repository,
 * `${XDG_CACHE_HOME:-~/.cache}/savedesk-node/<version>`, once. `npm test`
 * then runs with that binary first on PATH, so npm, the build, vitest and
 * every process the tests spawn (`node`, `npx`, `tsx`) run on it too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import pinned from './node-versions.json' with { type: 'json' };

const repo = join(import.meta.dirname, '..');
const versions: Record<string, string> = Object.fromEntries(Object.entries(pinned).filter(([major]) => /^\d+$/.test(major)));

/** The exact version pinned for `major`. */
function pinnedVersion(major: string): string {
  const version = versions[major];
  if (version === undefined) throw new InvalidArgumentError(`no Node ${major} is pinned in scripts/node-versions.json (pinned: ${Object.keys(versions).join(', ')})`);
  return version;
}

/** The folder holding `node` for `version`, installed from the npm registry into the cache when missing. */
function nodeBinDir(version: string): string {
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'savedesk-node', version);
  const pkg = `node-${process.platform}-${process.arch}`;
  const bin = join(cache, 'node_modules', pkg, 'bin');
  if (existsSync(join(bin, 'node'))) return bin;
  process.stderr.write(`installing ${pkg}@${version} into ${cache}\n`);
  const install = spawnSync('npm', ['install', '--prefix', cache, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${version}`], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(join(bin, 'node'))) {
    process.stderr.write(`could not install ${pkg}@${version} from the npm registry\n`);
    process.exit(2);
  }
  return bin;
}

/** Runs `npm test -- <args>` with Node `version` first on PATH, passing on signals; exits with its code. */
function runSuite(version: string, args: readonly string[]): void {
  const env = { ...process.env, PATH: `${nodeBinDir(version)}${delimiter}${process.env.PATH ?? ''}` };
  const child = spawn('npm', ['test', '--', ...args], { cwd: repo, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

new Command('test:node')
  .description('Build and run the whole suite (npm test) on another Node version, fetched from the npm registry into a cache outside the repository.')
  .argument('<major>', `the Node major version: ${Object.keys(versions).join(' or ')}`, pinnedVersion)
  .argument('[vitest-args...]', 'passed on to vitest, e.g. a test file or --reporter=verbose')
  .passThroughOptions()
  .addHelpText('after', `
Versions are pinned in scripts/node-versions.json; binaries are cached in
\${XDG_CACHE_HOME:-~/.cache}/savedesk-node/<version>.

Examples:
  npm run test:node -- 24
  npm run test:node -- 22 test/cli/bin.test.ts`)
  .action((version: string, args: string[]) => runSuite(version, args))
  .parse();
