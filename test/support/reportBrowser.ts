import { existsSync } from 'node:fs';

/**
 * The browser the report page test drives: `CHROMIUM_PATH`, else the usual
 * install places; null when none. (A local copy of the lookup the newcomer
 * adds as test/support/browser.ts; the two are to be unified.)
 */
export function reportBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path)) ?? null;
}

/** Flags for a headless run that fetches nothing on its own. */
export const reportBrowserArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
