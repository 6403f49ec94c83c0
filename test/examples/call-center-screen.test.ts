import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserArgs, findBrowser, skipWithoutBrowser } from '../support/browser';
import { type CallCenterService, keys, post, startService, tooFirmCall } from './callCenterService';

const repo = join(import.meta.dirname, '..', '..');
const screenshot = join(repo, 'test-output', 'agent-screen.png');

describe.skipIf(skipWithoutBrowser())("the agent's screen in headless Chromium", () => {
  let service: CallCenterService;
  let browser: Browser;

  beforeAll(async () => {
    service = await startService();
    // Playwright gives each launch a fresh, temporary profile.
    browser = await chromium.launch({ executablePath: findBrowser()!, headless: true, args: browserArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  /** An agent's page, signed in with their key, on the first nordhem sample (Maja Lind's sofa, too firm). */
  async function agentScreen(key: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1180, height: 900 } });
    page.setDefaultTimeout(5_000);
    await page.goto(`${service.url}/`);
    await page.getByLabel('Your key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#client option[value="nordhem"]').waitFor({ state: 'attached' });
    await page.getByLabel('Client').selectOption('nordhem');
    await page.locator('#sample option').first().waitFor({ state: 'attached' });
    await page.getByLabel('Customer and order').selectOption({ label: 'Maja Lind — Oslo 3-seat sofa, oat bouclé' });
    await page.getByLabel('Reason').selectOption({ label: 'Cushions feel too firm' });
    await page.getByRole('button', { name: 'What can I offer?' }).click();
    await page.locator('#offers li').first().waitFor();
    return page;
  }

  it('shows two agents the ranked offers, takes the first accept, and shows the second why it is refused', async () => {
    // Maja has had two concessions this year (nordhem's cap is three): two earlier calls, accepted.
    for (const id of ['maja-earlier-1', 'maja-earlier-2']) {
      await post(service, '/clients/nordhem/decisions', tooFirmCall({ id, customer: { id: 'c-5521', name: 'Maja Lind' } }), keys.ben);
      expect((await post(service, `/clients/nordhem/decisions/${id}/accept`, { offerId: 'soft-cushions' }, keys.ben)).status).toBe(201);
    }

    const ana = await agentScreen(keys.ana);
    const ben = await agentScreen(keys.ben);
    expect(await ana.locator('#who').textContent()).toBe('ana · agent');
    for (const page of [ana, ben]) {
      const offers = page.locator('#offers li');
      expect(await offers.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.offer))).toEqual(['soft-cushions', 'keep-10']);
      expect(await offers.first().innerText()).toMatch(/Softer seat cushions[\s\S]*you may give it[\s\S]*45\.00 USD[\s\S]*180\.00 USD/);
      expect(await offers.nth(1).locator('.badge').textContent()).toBe('needs senior approval');
      expect(await page.locator('#guidance li').count()).toBeGreaterThan(0);
      expect(await page.locator('#follow-ups').innerText()).not.toBe('');
    }

    await ana.locator('#offers li[data-offer="soft-cushions"] button.accept').click();
    await ana.locator('#result.done').waitFor();
    expect(await ana.locator('#result').textContent()).toContain('Accepted: soft-cushions, costing us 45.00 USD');

    await ben.locator('#offers li[data-offer="soft-cushions"] button.accept').click();
    await ben.locator('#result.refused').waitFor();
    expect(await ben.locator('#result').textContent()).toMatch(/^Refused \(customer-cap\): .*\b3\b.*cap/);

    await mkdir(dirname(screenshot), { recursive: true });
    await ben.screenshot({ path: screenshot, fullPage: true });
  });

  it('tells an agent whose key is not known, without showing a client', async () => {
    const page = await browser.newPage();
    await page.goto(`${service.url}/`);
    await page.getByLabel('Your key').fill('a-key-nobody-was-given');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#error').waitFor();
    expect(await page.locator('#error').textContent()).toContain('this key is not known');
    expect(await page.locator('#client option').count()).toBe(0);
  });
});
