import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * A Chromium to drive: `CHROMIUM_PATH`, else the usual Debian and Google paths.
 * Undefined when none is installed, so a browser test can skip with one line
 * (and fail instead when `SAVEDESK_REQUIRE_BROWSER=1`, as in CI).
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined && process.env.SAVEDESK_REQUIRE_BROWSER === '1') throw new Error('SAVEDESK_REQUIRE_BROWSER=1 but no Chromium was found (set CHROMIUM_PATH)');
  if (found === undefined) console.warn('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, …): the browser tests are skipped.');
  return found;
}

/** Headless Chromium with a fresh profile in `dir`, no network chatter of its own. */
export function launchChromium(executablePath: string, dir: string, viewport = { width: 1024, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
