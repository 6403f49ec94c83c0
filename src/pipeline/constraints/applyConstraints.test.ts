import { describe, expect, it } from 'vitest';
import type { Offer } from '../../schema/offer';
import { config, request } from '../../../test/support/builders';
import { candidate, stageInput } from '../../../test/support/stages';
import { applyConstraints } from './applyConstraints';

const base: Offer = { id: 'svc', kind: 'service', label: 'x', unitCost: '5.00' };

function check(offer: Partial<Offer>, req = request(), allowSalesOffers = false) {
  const full = (offer.kind === undefined ? { ...base, ...offer } : offer) as Offer;
  const { context, config: valid, money } = stageInput(config({ catalog: [full], rules: [] }), req);
  const { candidates, withheld } = applyConstraints([candidate(full)], context, { ...valid.policy, allowSalesOffers }, money);
  return candidates.length === 1 ? 'kept' : `${withheld[0]!.why}: ${withheld[0]!.detail}`;
}

describe('applyConstraints', () => {
  it('keeps an offer without constraints', () => {
    expect(check({})).toBe('kept');
  });

  it('checks the reason and the categories of the returned items', () => {
    expect(check({ reasons: ['too-small'] })).toBe('kept');
    expect(check({ reasons: ['defective', 'late'] })).toBe('constraint: reason "too-small" is not one of defective, late');
    expect(check({ categories: ['outerwear'] })).toBe('kept');
    expect(check({ categories: ['accessories'] })).toBe('constraint: no returned item is in accessories');
  });

  it('checks the return value range, inclusively', () => {
    expect(check({ minReturnValue: '200.00', maxReturnValue: '200.00' })).toBe('kept');
    expect(check({ minReturnValue: '200.01' })).toBe('constraint: return value is below minReturnValue 200.01');
    expect(check({ maxReturnValue: '199.99' })).toBe('constraint: return value is above maxReturnValue 199.99');
  });

  it('checks the validity dates against receivedAt, a date-only end including its day', () => {
    expect(check({ validFrom: '2026-11-23T10:00:00Z', validTo: '2026-11-23' })).toBe('kept');
    expect(check({ validFrom: '2026-11-24' })).toBe('constraint: not valid before 2026-11-24');
    expect(check({ validTo: '2026-11-22' })).toBe('constraint: not valid after 2026-11-22');
  });

  it('counts the times this customer already had the offer', () => {
    const had = (times: number) => request({ customer: { id: 'c', concessions: Array.from({ length: times }, () => ({ at: '2020-01-01', cost: '1.00', offerId: 'svc' })) } });
    expect(check({ maxPerCustomer: 2 }, had(1))).toBe('kept');
    expect(check({ maxPerCustomer: 2 }, had(2))).toBe('constraint: customer already had it 2 time(s), maxPerCustomer is 2');
  });

  it('names every failed constraint at once', () => {
    expect(check({ reasons: ['late'], validTo: '2026-01-01' })).toBe('constraint: reason "too-small" is not one of late; not valid after 2026-01-01');
  });

  it('withholds sales kinds unless the policy allows them, and offers out of stock', () => {
    expect(check({ id: 'svc', kind: 'upsell', label: 'x' })).toMatch(/^sales-suppressed: /);
    expect(check({ id: 'svc', kind: 'continuity', label: 'x' }, request(), true)).toBe('kept');
    expect(check({ stock: 0 })).toBe('out-of-stock: stock is 0');
    expect(check({ stock: 1 })).toBe('kept');
  });
});
