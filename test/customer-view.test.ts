import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerView, type ReturnRequest } from '../src/index';
import { loadClient } from '../src/node/index';

const threadline = join(import.meta.dirname, '..', 'rules', 'threadline');

async function caseRequest(file: string): Promise<ReturnRequest> {
  return JSON.parse(await readFile(join(threadline, 'cases', file), 'utf8')).request as ReturnRequest;
}

describe('customerView', () => {
  it('puts the €24.95 tee\'s "keep it, €9.98 back" above "€2.50 bonus credit", although the merchant ranks the credit first', async () => {
    const { desk } = await loadClient(threadline);
    const decision = await desk.decide(await caseRequest('portal-tee-keep-it.json'));
    expect(decision.offers.map((offer) => offer.offerId)).toEqual(['credit-bonus-10', 'keep-it-40']);
    expect(customerView(decision)).toEqual({
      requestId: 'tl-c02',
      currency: 'EUR',
      offers: [
        { rank: 1, offerId: 'keep-it-40', kind: 'keep_item', label: 'Keep it and get 40% back; nothing to send', value: '9.98', total: '9.98', terms: { refundPercent: 40 } },
        { rank: 2, offerId: 'credit-bonus-10', kind: 'store_credit', label: 'Store credit today, plus 10%', value: '2.50', total: '27.45', terms: { bonusPercent: 10 } },
      ],
      fallback: { kind: 'return', refund: '24.95' },
    });
  });

  it('shows the store credit the shopper gets in all: €98.95 against an €89.95 refund; the exchange\'s shipping cost stays behind', async () => {
    const { desk } = await loadClient(threadline);
    const view = customerView(await desk.decide(await caseRequest('portal-jeans-too-small.json')));
    expect(view.offers).toEqual([
      expect.objectContaining({ rank: 1, offerId: 'credit-bonus-10', value: '9.00', total: '98.95' }),
      { rank: 2, offerId: 'exchange-size', kind: 'exchange', label: 'Another size, shipped free', value: '0.00', total: '0.00', terms: {} },
    ]);
    expect(view.fallback).toEqual({ kind: 'return', refund: '89.95' });
  });

  it('leaves out offers that need an approval, and says when no refund is owed', async () => {
    const { desk } = await loadClient(threadline);
    const chat = await desk.decide(await caseRequest('chat-chinos-too-long.json'));
    const needsApproval = { ...chat, offers: chat.offers.map((offer, i) => (i === 0 ? { ...offer, approval: { level: 'lead' } } : offer)) };
    expect(customerView(needsApproval).offers.map((offer) => offer.offerId)).not.toContain(chat.offers[0]!.offerId);

    const late = customerView(await desk.decide(await caseRequest('window-passed.json')));
    expect(late).toMatchObject({ offers: [], fallback: { kind: 'none', detail: 'delivered 254 days ago; the return window is 30 days: no refund is owed' } });
  });
});
