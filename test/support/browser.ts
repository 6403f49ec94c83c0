import { existsSync } from 'node:fs';

/** Where a system Chromium or Chrome is usually installed, in the order they are tried after `CHROMIUM_PATH`. */
const usualPlaces = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The flags every browser test launches with: headless, no sandbox (CI runs as root), nothing fetched. */
export const browserArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** The browser the tests drive: `CHROMIUM_PATH` when set, else the first usual install location that exists; null when none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const given = env.CHROMIUM_PATH;
  if (given !== undefined && given !== '') return exists(given) ? given : null;
  return usualPlaces.find((path) => exists(path)) ?? null;
}

let told = false;

/**
 * Whether browser tests must be skipped here: true when no browser is found
 * (said once, in one line, with how to run them). With
 * `SAVEDESK_REQUIRE_BROWSER=1` (as `.ci/run` sets it) a missing browser is a
 * failure instead, so CI cannot pass by skipping.
 */
export function skipWithoutBrowser(env: NodeJS.ProcessEnv = process.env): boolean {
  if (findBrowser(env) !== null) return false;
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` : `none of CHROMIUM_PATH, ${usualPlaces.join(', ')}`;
  if (env.SAVEDESK_REQUIRE_BROWSER === '1') throw new Error(`SAVEDESK_REQUIRE_BROWSER=1 but no browser was found (${where})`);
  if (!told) console.log(`Browser tests skipped: no Chromium found (${where}). Install chromium or set CHROMIUM_PATH=/path/to/chrome to run them.`);
  told = true;
  return true;
}
