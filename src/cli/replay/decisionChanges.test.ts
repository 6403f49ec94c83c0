import { describe, expect, it } from 'vitest';
import { createDesk } from '../../desk';
import type { ClientConfig } from '../../schema/config';
import { config, offerRule, request } from '../../../test/support/builders';
import { decisionChanges } from './decisionChanges';

const twoOffers = (edit: (client: ClientConfig) => void = () => {}) => {
  const client = config({
    catalog: [
      { id: 'disc-10', kind: 'discount', label: '10% off', percent: 10, acceptRate: 0.5 },
      { id: 'credit', kind: 'store_credit', label: 'Store credit +10%', bonusPercent: 10, acceptRate: 0.3 },
    ],
    rules: [offerRule(['disc-10', 'credit'])],
  });
  edit(client);
  return createDesk(client).decide(request());
};

describe('decisionChanges', () => {
  it('finds nothing between a decision and itself', async () => {
    const decision = await twoOffers();
    expect(decisionChanges(decision, decision)).toEqual([]);
  });

  it('names an approval change for an offer both decisions show', async () => {
    const before = await twoOffers((client) => {
      client.policy.levels[0]!.maxCost = '15.00';
    });
    const after = await twoOffers();
    expect(before.offers.find((offer) => offer.offerId === 'disc-10')?.approval).toEqual({ level: 'senior' });
    expect(decisionChanges(before, after)).toContain('approvals');
    expect(decisionChanges(before, after)).not.toContain('costs');
  });

  it('names a cost change, and the top offer and the offers shown when they change', async () => {
    const before = await twoOffers();
    const after = await twoOffers((client) => {
      client.catalog[0] = { ...client.catalog[0]!, percent: 12 } as ClientConfig['catalog'][number];
    });
    expect(decisionChanges(before, after)).toEqual(['costs']);
    const onlyCredit = await twoOffers((client) => {
      client.rules = [offerRule(['disc-10', 'credit']), { name: 'no-discount', conditions: { all: [] }, event: { type: 'exclude', params: { offer: 'disc-10', why: 'test' } } }];
    });
    expect(decisionChanges(before, onlyCredit)).toEqual(['topOffer', 'offers', 'withheld']);
  });
});
