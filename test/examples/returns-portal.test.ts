/**
 * The returns portal end to end: the page built by Vite, served by `vite
 * preview` whose proxy adds the portal key, the call-center service deciding,
 * and headless Chromium as the shopper.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalConfig } from '../../examples/returns-portal/vite.config';
import { launchChromium, skipWithoutBrowser } from '../support/browser';
import { leadKey, startService, type RunningService } from './portalService';

const repo = join(import.meta.dirname, '..', '..');
const threadline = join(repo, 'rules', 'threadline');
const shots = join(repo, 'test-output');
const portalKey = 'test-portal-threadline-7d41c09e';
const serviceNow = new Date('2026-03-10T19:12:00Z');

let workDir: string;
let outDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'savedesk-portal-'));
  outDir = join(workDir, 'dist');
  const config = portalConfig({ url: 'http://127.0.0.1:9', portalKey, clientId: 'threadline' });
  await build({ ...config, configFile: false, logLevel: 'warn', build: { ...config.build, outDir } });
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Every file of the built portal, as text. */
async function bundleText(): Promise<string> {
  const files = await readdir(outDir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(files.filter((file) => file.isFile()).map((file) => readFile(join(file.parentPath, file.name), 'utf8')));
  return texts.join('\n');
}

describe('the returns-portal bundle', () => {
  it('carries no client config: no unit or shipping cost, no level limit, no rule, no portal key', async () => {
    const client = JSON.parse(await readFile(join(threadline, 'client.json'), 'utf8'));
    const ruleFiles = await readdir(join(threadline, 'rules'));
    const rules = (await Promise.all(ruleFiles.map(async (file) => JSON.parse(await readFile(join(threadline, 'rules', file), 'utf8'))))).flat();
    const costs: string[] = client.catalog.flatMap((offer: Record<string, unknown>) =>
      ['unitCost', 'shippingCost', 'costDifference'].flatMap((field) => (typeof offer[field] === 'string' ? [offer[field]] : [])),
    );
    const limits: string[] = client.policy.levels.map((level: { maxCost: string }) => level.maxCost);
    const secrets = [...costs, ...limits, ...rules.map((rule: { name: string }) => rule.name), 'redemptionRate', 'returnWindowDays', portalKey];
    expect(costs).toContain('4.90');
    expect(limits).toContain('35.00');
    expect(rules.map((rule: { name: string }) => rule.name)).toContain('frequent-returner-no-returnless-refund');
    const text = await bundleText();
    expect(text).toContain('Organic cotton tee'); // the bundle was read
    // As a whole token: "4.90" is a cost, the order total "114.90" is not.
    const found = (secret: string) => new RegExp(`(?<![\\w.-])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-]|\\.\\d)`).test(text);
    expect(secrets.filter(found)).toEqual([]);
  });
});

describe("the portal's own data", () => {
  it('words only reasons the client knows, so no shopper is refused for a reason code', async () => {
    const client = JSON.parse(await readFile(join(threadline, 'client.json'), 'utf8'));
    const shop = JSON.parse(await readFile(join(repo, 'examples', 'returns-portal', 'src', 'shop.json'), 'utf8'));
    const known = client.reasons.map((reason: { code: string }) => reason.code);
    expect(shop.reasons.map((reason: { code: string }) => reason.code).filter((code: string) => !known.includes(code))).toEqual([]);
  });
});

describe.skipIf(skipWithoutBrowser())('the returns portal in headless Chromium, deciding on the call-center service', () => {
  let service: RunningService;
  let server: PreviewServer;
  let browser: BrowserContext;
  let page: Page;
  let portalUrl: string;

  beforeAll(async () => {
    service = await startService({ portalKey, now: serviceNow });
    server = await preview({
      ...portalConfig({ url: service.url, portalKey, clientId: 'threadline' }),
      configFile: false,
      logLevel: 'warn',
      build: { outDir },
      preview: { ...portalConfig({ url: service.url, portalKey, clientId: 'threadline' }).preview, port: 0 },
    });
    portalUrl = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;
    browser = await launchChromium(workDir);
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(5_000);
    // The sample order is dated from the page's today: a week before the service's "now", inside the 30-day window.
    await page.clock.setFixedTime(serviceNow);
    await mkdir(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await service?.close();
  });

  /** Starts a return for the item and reason, at a viewport width, and waits for the options. */
  async function startReturn(item: RegExp, reason: string, width = 1024): Promise<void> {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(portalUrl);
    await page.getByRole('radio', { name: item }).check();
    await page.getByLabel('Why are you returning it?').selectOption({ label: reason });
    await page.getByRole('button', { name: 'See my options' }).click();
    await page.getByRole('heading', { name: 'Your options' }).waitFor();
  }

  const offerIds = () => page.getByRole('list', { name: 'Your options' }).getByRole('listitem').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.offerId));
  const card = (offerId: string) => page.locator(`[data-offer-id="${offerId}"]`);

  it('ranks the tee\'s options by what the shopper gets, and shows the whole store credit, never "best for you"', async () => {
    await startReturn(/Organic cotton tee/, "Doesn't suit me");
    // The merchant's decision ranks credit +10% first (it saves more); €9.98 back is worth more to the shopper.
    expect(await offerIds()).toEqual(['keep-it-40', 'credit-bonus-10']);
    expect(await page.locator('#options-intro').textContent()).toContain('Sorted by what you get, most first.');
    expect(await card('keep-it-40').locator('.offer-value').textContent()).toBe('€9.98 back, and you keep it');
    expect(await card('credit-bonus-10').locator('.offer-value').textContent()).toBe('€27.45 in store credit');
    expect(await card('credit-bonus-10').locator('.offer-breakdown').textContent()).toBe('Your €24.95 refund plus a €2.50 bonus, to spend on anything');
    const options = await page.locator('#options').innerText();
    expect(options.toLowerCase()).not.toContain('best for you');
    expect(options).not.toContain('4.90');
    await page.screenshot({ path: join(shots, 'returns-portal-options-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(shots, 'returns-portal-options-375.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('shows the jeans\' store credit as €98.95 against an €89.95 refund, and asks for waist, length or colour on an exchange', async () => {
    await startReturn(/Slim jeans/, 'Too small');
    expect(await offerIds()).toEqual(['credit-bonus-10', 'exchange-size']);
    expect(await card('credit-bonus-10').locator('.offer-value').textContent()).toBe('€98.95 in store credit');
    expect(await card('credit-bonus-10').locator('.offer-breakdown').textContent()).toBe('Your €89.95 refund plus a €9.00 bonus, to spend on anything');
    const picker = card('exchange-size').getByRole('group', { name: 'Which waist, length, or colour would you like?' });
    expect(await picker.getByRole('combobox').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value))).toEqual(['W32', 'L32', 'indigo']);
    await page.screenshot({ path: join(shots, 'returns-portal-jeans-desktop.png'), fullPage: true });
  });

  it('asks which size an exchange should be, and confirms it with the next steps once the service has recorded it', async () => {
    await startReturn(/Organic cotton tee/, 'Too small', 375);
    const exchange = card('exchange-size');
    await exchange.getByRole('group', { name: 'Which size or colour would you like?' }).waitFor();
    expect(await exchange.getByLabel('Size', { exact: true }).inputValue()).toBe('M');
    await exchange.getByRole('button', { name: 'Choose: Another size, shipped free' }).click();
    expect(await exchange.getByRole('alert').textContent()).toBe('Choose a size or colour different from the one you have.');
    await exchange.getByLabel('Size', { exact: true }).selectOption('L');
    await page.screenshot({ path: join(shots, 'returns-portal-exchange-375.png'), fullPage: true });
    await exchange.getByRole('button', { name: 'Choose: Another size, shipped free' }).click();
    await page.getByRole('heading', { name: 'Your exchange is booked' }).waitFor();
    expect(await page.getByRole('list', { name: 'What happens next' }).getByRole('listitem').allTextContents()).toEqual([
      'We ship the L, white today, free of charge.',
      'We email you a prepaid return label now: print it, or show the QR code at any drop-off point.',
      'Pack the one you have and drop it off within 14 days.',
    ]);
    expect(await service.accepted()).toContainEqual(expect.objectContaining({ offerId: 'exchange-size' }));
    await page.screenshot({ path: join(shots, 'returns-portal-confirmation-375.png'), fullPage: true });
  });

  it('offers a faulty item a way to a person besides the refund', async () => {
    await startReturn(/Organic cotton tee/, 'Faulty (seam, zip, hole)', 375);
    const person = page.getByRole('complementary', { name: 'Rather talk to a person?' });
    expect(await person.getByRole('link', { name: 'Chat with us' }).getAttribute('href')).toBe('https://threadline.example/help/chat?order=TL-2026-31877');
    expect(await person.getByRole('link', { name: /^Call / }).getAttribute('href')).toMatch(/^tel:\+49/);
    expect(await page.getByRole('button', { name: 'Return it for a €24.95 refund' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'returns-portal-faulty-375.png'), fullPage: true });
    await page.getByRole('button', { name: 'Return it for a €24.95 refund' }).click();
    await page.getByRole('heading', { name: 'Your return is booked' }).waitFor();
    expect(await page.getByRole('list', { name: 'What happens next' }).getByRole('listitem').last().textContent()).toContain('Your €24.95 refund');
  });

  it('says no refund is owed outside the return window, and offers nothing the rules did not mark goodwill', async () => {
    service.setNow(new Date('2026-11-12T10:00:00Z'));
    try {
      await startReturn(/Organic cotton tee/, "Doesn't suit me");
      expect(await offerIds()).toEqual([]);
      expect(await page.locator('#no-refund').textContent()).toBe('No refund is owed for this item: delivered 254 days ago; the return window is 30 days.');
      expect(await page.getByRole('button', { name: /refund/ }).count()).toBe(0);
      await page.screenshot({ path: join(shots, 'returns-portal-outside-window-desktop.png'), fullPage: true });
    } finally {
      service.setNow(serviceNow);
    }
  });

  it('gives the shopper no more than the portal key, whatever key and level the page sends', async () => {
    const order = { id: 'o-1', placedAt: '2026-03-01', deliveredAt: '2026-03-03', currency: 'EUR', total: '24.95', items: [{ sku: 'TL-TEE-ORG', unitPrice: '24.95', quantity: 1 }] };
    const send = (body: object) =>
      page.evaluate(async ({ body, lead }) => {
        const response = await fetch('./api/decisions', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${lead}` }, body: JSON.stringify(body) });
        return { status: response.status, text: await response.text() };
      }, { body, lead: leadKey });
    const request = { channel: 'portal', customer: { id: 'c-9' }, order, lines: [{ sku: 'TL-TEE-ORG', quantity: 1 }], reason: { code: 'doesnt-suit' } };
    // Sent with the lead's key, the service would answer the whole decision; the proxy sent the portal key, so a view comes back.
    const asPortal = await send({ ...request, id: 'sneaky-1' });
    expect(asPortal.status).toBe(201);
    expect(Object.keys(JSON.parse(asPortal.text))).toEqual(['requestId', 'view']);
    expect(asPortal.text).not.toMatch(/cost|expectedSaving|withheld/);
    // Claiming the lead's level in the body is refused, not obeyed.
    expect((await send({ ...request, id: 'sneaky-2', agent: { level: 'lead' } })).status).toBe(403);
  });
});
