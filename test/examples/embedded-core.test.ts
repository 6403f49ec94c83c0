/**
 * The core still runs in a browser: a tiny page bundles savedesk with Vite and
 * decides in headless Chromium. The returns portal asks a service instead; this
 * is for embedders who accept that trade-off.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { build, preview, type PreviewServer, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipWithoutBrowser } from '../support/browser';

const repo = join(import.meta.dirname, '..', '..');
const root = join(repo, 'test', 'fixtures', 'embedded-core');

let workDir: string;
let chunks: Rolldown.OutputChunk[];

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'savedesk-embedded-'));
  const output = await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    // In this repository the page bundles the core from source; an app that installed savedesk needs no alias.
    resolve: { alias: [{ find: /^savedesk$/, replacement: join(repo, 'src', 'index.ts') }] },
    build: { outDir: join(workDir, 'dist'), emptyOutDir: true },
  });
  chunks = [output]
    .flat()
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('the core bundled for a browser', () => {
  it('is under 150 kB gzipped, the client config included', () => {
    const gzipped = chunks.reduce((total, chunk) => total + gzipSync(chunk.code).length, 0);
    expect(gzipped).toBeLessThan(150 * 1024);
  });

  it('imports nothing from node: (it bundles savedesk, not savedesk/node)', () => {
    const modules = chunks.flatMap((chunk) => chunk.moduleIds);
    expect(modules.some((id) => id.endsWith(join('src', 'decide.ts')))).toBe(true); // the core itself was bundled
    expect(modules.filter((id) => /node:|__vite-browser-external/.test(id))).toEqual([]);
    for (const chunk of chunks) expect(chunk.code).not.toMatch(/(?:from|import|require)\s*\(?\s*["']node:/);
  });
});

describe.skipIf(skipWithoutBrowser())('the core deciding in headless Chromium', () => {
  let server: PreviewServer;
  let browser: BrowserContext;

  beforeAll(async () => {
    server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir: join(workDir, 'dist') }, preview: { host: '127.0.0.1', port: 0 } });
    browser = await launchChromium(workDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes the decision the case file expects, and its customer view', async () => {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`);
    const out = page.getByLabel('Decision');
    await out.filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 });
    const result = JSON.parse((await out.textContent())!);
    expect(result.offers).toEqual(['credit-bonus-10', 'keep-it-40']);
    expect(result.view.offers.map((offer: { offerId: string; total: string }) => [offer.offerId, offer.total])).toEqual([
      ['keep-it-40', '9.98'],
      ['credit-bonus-10', '27.45'],
    ]);
  });
});
