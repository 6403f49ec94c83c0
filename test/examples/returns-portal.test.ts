import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import portalConfig from '../../examples/returns-portal/vite.config';
import { browserArgs, findBrowser, skipWithoutBrowser } from '../support/browser';

const repo = join(import.meta.dirname, '..', '..');
const screenshot = join(repo, 'test-output', 'returns-portal-offers.png');

let workDir: string;
let chunks: Rolldown.OutputChunk[];

// One build for the whole file: the bundle checks read it, the browser is served it.
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'savedesk-portal-'));
  const output = await build({
    ...portalConfig,
    configFile: false,
    logLevel: 'warn',
    build: { ...portalConfig.build, outDir: join(workDir, 'dist') },
  });
  chunks = [output]
    .flat()
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('the returns-portal bundle', () => {
  it('is under 150 kB gzipped', () => {
    const gzipped = chunks.reduce((total, chunk) => total + gzipSync(chunk.code).length, 0);
    expect(gzipped).toBeLessThan(150 * 1024);
  });

  it('imports nothing from node: (it bundles savedesk, not savedesk/node)', () => {
    const modules = chunks.flatMap((chunk) => chunk.moduleIds);
    expect(modules.filter((id) => /node:|__vite-browser-external/.test(id))).toEqual([]);
    for (const chunk of chunks) expect(chunk.code).not.toMatch(/(?:from|import|require)\s*\(?\s*["']node:/);
  });
});

describe.skipIf(skipWithoutBrowser())('the returns portal in headless Chromium', () => {
  let server: PreviewServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await preview({
      configFile: false,
      logLevel: 'warn',
      build: { outDir: join(workDir, 'dist') },
      preview: { host: '127.0.0.1', port: 0 },
    });
    browser = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: findBrowser()!,
      headless: true,
      args: browserArgs,
      viewport: { width: 900, height: 1000 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(5_000);
    // The page stamps receivedAt from the clock; fixed here so date-bound rules decide the same every run.
    await page.clock.setFixedTime(new Date('2026-03-10T19:12:00Z'));
    await page.goto(`http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the ranked offers a shopper may take for the reason chosen, never what they cost the client', async () => {
    await page.getByRole('radio', { name: /Slim jeans/ }).check();
    await page.getByLabel('Why are you returning it?').selectOption({ label: 'Too small' });
    await page.getByRole('button', { name: 'See my options' }).click();

    const offers = page.getByRole('list', { name: 'Before you send it back' }).getByRole('listitem');
    await offers.first().waitFor();
    expect(await offers.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.offerId))).toEqual([
      'exchange-size',
      'credit-bonus-10',
    ]);
    expect(await offers.getByRole('heading').allTextContents()).toEqual(['Another size, shipped free', 'Store credit today, plus 10%']);
    expect(await offers.locator('.offer-value').allTextContents()).toEqual(['No cost to you', '€9.00 bonus credit']);
    expect(await offers.locator('.offer-terms').allTextContents()).toEqual(['Your refund as store credit, plus 10%']);
    // The size exchange costs Threadline €4.90 in shipping: the shopper is told it is free, not that.
    expect(await page.locator('#offers').innerText()).not.toContain('4.90');

    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  });

  it('confirms the offer the shopper accepts', async () => {
    await page.getByRole('button', { name: 'Accept: Store credit today, plus 10%' }).click();
    await page.getByRole('heading', { name: 'All set — thank you for staying with us' }).waitFor();
    expect(await page.locator('#confirmation-text').textContent()).toContain('You chose: Store credit today, plus 10%');
    expect(await page.getByRole('button', { name: 'See my options' }).isVisible()).toBe(false);
  });
});
