import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { browserArgs, findBrowser } from './browser';

/**
 * Headless Chromium (the one `findBrowser` finds) with a fresh profile in
 * `dir`. Call it only where `skipWithoutBrowser()` said a browser is there.
 */
export function launchChromium(dir: string, viewport = { width: 1024, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: findBrowser()!, headless: true, viewport, args: browserArgs });
}
