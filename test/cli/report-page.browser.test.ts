import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClient } from '../../src/node/loadClient';
import { saveReport } from '../../src/report/saveReport';
import { reportPage } from '../../src/cli/report/reportPage';
import { generateOutcomes } from '../support/outcomeWorld';
import { launchChromium, skipWithoutBrowser } from '../support/browser';

const repo = join(import.meta.dirname, '..', '..');
const screenshot = join(repo, 'test-output', 'report.png');
/** The page is served from this made-up origin by a route, so every other request can be seen and refused. */
const PAGE_URL = 'http://report.invalid/report.html';

describe.skipIf(skipWithoutBrowser())('the save report page in headless Chromium', () => {
  let workDir: string;
  let browser: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const { config } = await loadClient(join(repo, 'rules', 'nordhem'));
    const html = reportPage(saveReport(generateOutcomes(config, { seed: 5, count: 6000 }), config), { name: 'outcomes.ndjson', skipped: 0 });
    workDir = await mkdtemp(join(tmpdir(), 'savedesk-report-page-'));
    browser = await launchChromium(workDir, { width: 1200, height: 900 });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await browser.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url() === PAGE_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort();
    });
    await page.goto(PAGE_URL, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('loads with no console error and no request but the page itself', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([PAGE_URL]);
  });

  it('shows the headline figures at the top of the first screen, then charts, then tables', async () => {
    const labels = await page.locator('.figure .label').allInnerTexts();
    expect(labels.map((label) => label.toLowerCase())).toEqual(['save rate', 'lift', 'incremental saves', 'cost per incremental save']);
    const figures = await page.locator('.figures').boundingBox();
    expect(figures!.y + figures!.height).toBeLessThan(900);
    const firstChart = await page.locator('svg').first().boundingBox();
    const firstTable = await page.locator('table').first().boundingBox();
    expect(firstChart!.y).toBeGreaterThan(figures!.y);
    expect(firstTable!.y).toBeGreaterThan(firstChart!.y);
    expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(5);
  });

  it('fits the page width: no chart or table wider than the window', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('leaves a screenshot to look at', async () => {
    await mkdir(join(repo, 'test-output'), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  });
});
