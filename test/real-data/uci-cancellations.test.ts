/**
 * Real orders nobody here wrote: every cancellation in the UCI Online Retail
 * data (../shared/data/online-retail-uci) of a known customer whose lines
 * match an earlier order, decided through a plain GBP client. Real invoices
 * list one SKU on several lines and carry sub-penny prices; at least 95% must
 * be decided, and every refusal must be one a person would agree with.
 */
import { describe, expect, it } from 'vitest';
import { createDesk, SavedeskInputError, type ClientConfig } from '../../src/index';
import { hasUciData, uciDir, uciRequests } from '../support/uciRequests';

const gbpClient: ClientConfig = {
  client: { id: 'uk-gifts', name: 'UK gift wholesaler' },
  currency: 'GBP',
  catalog: [
    { id: 'credit-5', kind: 'store_credit', label: 'Store credit plus 5%', bonusPercent: 5 },
    { id: 'disc-10', kind: 'discount', label: '10% back, keep the goods', percent: 10, maxAmount: '50.00' },
  ],
  policy: { levels: [{ id: 'agent', maxCost: '50.00' }], channelLevels: { email: 'agent' } },
  rules: [{ name: 'always', conditions: { all: [] }, event: { type: 'offer', params: { offers: ['credit-5', 'disc-10'] } } }],
};

const present = hasUciData();
if (!present) console.log(`UCI data test skipped: ${uciDir} is absent (clone the repo with shared/ beside it to run it).`);

describe.skipIf(!present)('real UCI cancellations, decided', () => {
  it('decides at least 95% of cancellations with a matched order, refusing only more returned than ordered', async () => {
    const desk = createDesk(gbpClient);
    const requests = uciRequests();
    expect(requests.length).toBeGreaterThan(3000);
    const refusals: Array<{ id: string; codes: string[] }> = [];
    let severalLines = 0;
    for (const request of requests) {
      const skus = request.order.items.map((item) => item.sku);
      if (new Set(skus).size < skus.length) severalLines++;
      try {
        const decision = await desk.decide(request);
        expect(decision.fallback.kind).toBe('return');
      } catch (error) {
        if (!(error instanceof SavedeskInputError)) throw error;
        refusals.push({ id: request.id, codes: error.issues.map((issue) => issue.code) });
      }
    }
    const decided = requests.length - refusals.length;
    console.log(`UCI: ${decided} of ${requests.length} cancellations decided (${((100 * decided) / requests.length).toFixed(1)}%); ${severalLines} orders list a SKU on several lines`);
    expect(decided / requests.length).toBeGreaterThanOrEqual(0.95);
    // The one refusal a person would agree with: more units sent back than the matched order holds.
    expect(refusals.filter(({ codes }) => codes.some((code) => code !== 'line-over-ordered'))).toEqual([]);
    // Hundreds of real orders list one SKU on several lines: they were decided, not refused for it.
    expect(severalLines).toBeGreaterThan(300);
  });
});
