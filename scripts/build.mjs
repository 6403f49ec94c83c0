// @ts-check
/**
 * `npm run build` (and `prepack`): empties dist/, runs tsup, drops the CJS
 * files of the ESM-only `savedesk/testing` entry, and stamps dist/.
 * `--if-stale` (`pretest`) builds only when a source, the build config or
 * package.json changed since the last build: declarations take most of the
 * build's time, and the package tests need nothing rebuilt when nothing changed.
 * Plain JavaScript, so that it runs on a clean checkout (`git clean -fdx && npm
 * pack`): with no node_modules it installs them from the lock file first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const stamp = join(dist, '.built');
const tsup = join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js');
const inputs = ['src', 'tsup.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** @param {string} path */
function newestChange(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const built = statSync(stamp).mtimeMs;
  if (Math.max(...inputs.map((input) => newestChange(join(root, input)))) < built) {
    console.log('dist/ is up to date with src/: build skipped');
    process.exit(0);
  }
}

// Under `npm pack --dry-run` npm hands its dry-run setting down: this install must happen all the same.
const install = { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_dry_run: 'false' } };
if (!existsSync(tsup)) execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], /** @type {const} */ (install));
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsup], { cwd: root, stdio: 'inherit' });
for (const file of readdirSync(dist).filter((name) => /^testing\.(cjs|cjs\.map|d\.cts)$/.test(name))) rmSync(join(dist, file));
writeFileSync(stamp, `${new Date().toISOString()}\n`);
