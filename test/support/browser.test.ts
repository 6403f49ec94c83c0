import { describe, expect, it } from 'vitest';
import { findBrowser, skipWithoutBrowser } from './browser';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, then the usual install locations in order', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome');
    expect(findBrowser({}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(findBrowser({}, only('/usr/bin/google-chrome-stable'))).toBe('/usr/bin/google-chrome-stable');
  });

  it('finds nothing when CHROMIUM_PATH names a missing file or nothing is installed', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/nowhere/chrome' }, only('/usr/bin/chromium'))).toBeNull();
    expect(findBrowser({}, only())).toBeNull();
  });

  it('turns a missing browser into a failure when SAVEDESK_REQUIRE_BROWSER=1', () => {
    expect(() => skipWithoutBrowser({ CHROMIUM_PATH: '/nowhere/chrome', SAVEDESK_REQUIRE_BROWSER: '1' })).toThrow(/SAVEDESK_REQUIRE_BROWSER=1 but no browser was found/);
  });
});
