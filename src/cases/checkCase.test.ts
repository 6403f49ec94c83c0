import { describe, expect, it } from 'vitest';
import type { DecidedOffer, Decision, Withheld } from '../schema/decision';
import { checkCase } from './checkCase';

function offer(offerId: string, rank: number, approval: string | null = null): DecidedOffer {
  return {
    rank, offerId, kind: 'discount', label: offerId, cost: '10.00', customerValue: '10.00', expectedSaving: '5.00',
    approval: approval === null ? null : { level: approval }, because: ['some-rule'], terms: {},
    acceptance: { rate: 0.5, source: 'prior', outcomes: 0 },
  };
}

function decision(offers: DecidedOffer[], withheld: Withheld[] = [], flags: string[] = []): Decision {
  return {
    requestId: 'r-1', clientId: 'acme', currency: 'USD', returnValue: '100.00', returnLoss: '100.00',
    offers, withheld, guidance: [], followUps: [], flags, fallback: { kind: 'return', refund: '100.00' },
  };
}

const made = decision(
  [offer('topper', 1), offer('keep-10', 2, 'senior')],
  [{ offerId: 'pillows', why: 'sales-suppressed', detail: 'upsell offers are not made on return contacts' }],
  ['quality-issue', 'fraud-review'],
);

describe('checkCase', () => {
  it('passes a decision that is everything the case expects', () => {
    expect(checkCase(made, {
      offers: ['topper', 'keep-10'],
      withheld: { pillows: 'sales-suppressed' },
      flags: ['fraud-review', 'quality-issue'],
      approval: { topper: null, 'keep-10': 'senior' },
    })).toEqual([]);
  });

  it('checks only what the case states', () => {
    expect(checkCase(made, { flags: ['quality-issue', 'fraud-review'] })).toEqual([]);
    expect(checkCase(made, { withheld: {} })).toEqual([]);
  });

  it('wants exactly the offers, in rank order', () => {
    expect(checkCase(made, { offers: ['keep-10', 'topper'] })).toEqual([
      { code: 'case-mismatch', path: 'offers', message: 'expected keep-10, topper, got topper, keep-10', expected: ['keep-10', 'topper'], actual: ['topper', 'keep-10'] },
    ]);
    expect(checkCase(made, { offers: ['topper'] })).toHaveLength(1);
    expect(checkCase(decision([]), { offers: [] })).toEqual([]);
    expect(checkCase(decision([]), { offers: ['topper'] })[0]!.message).toBe('expected topper, got none');
  });

  it('says what became of an offer expected to be withheld', () => {
    expect(checkCase(made, { withheld: { pillows: 'constraint', topper: 'over-limit', coupon: 'excluded' } })).toEqual([
      {
        code: 'case-mismatch',
        path: 'withheld.pillows',
        message: 'expected "pillows" to be withheld as "constraint", but it was withheld as "sales-suppressed" (upsell offers are not made on return contacts)',
        expected: 'constraint',
        actual: 'sales-suppressed',
      },
      { code: 'case-mismatch', path: 'withheld.topper', message: 'expected "topper" to be withheld as "over-limit", but it was offered at rank 1', expected: 'over-limit', actual: 'offered' },
      { code: 'case-mismatch', path: 'withheld.coupon', message: 'expected "coupon" to be withheld as "excluded", but no rule made it a candidate', expected: 'excluded', actual: null },
    ]);
  });

  it('compares flags as a set', () => {
    expect(checkCase(made, { flags: ['quality-issue'] })).toEqual([
      { code: 'case-mismatch', path: 'flags', message: 'expected quality-issue, got fraud-review, quality-issue', expected: ['quality-issue'], actual: ['quality-issue', 'fraud-review'] },
    ]);
    expect(checkCase(made, { flags: ['quality-issue', 'fraud-review', 'quality-issue'] })).toEqual([]);
  });

  it('wants each listed offer made with that approval, null meaning the caller may give it', () => {
    expect(checkCase(made, { approval: { topper: 'senior', 'keep-10': null, coupon: null } })).toEqual([
      { code: 'case-mismatch', path: 'approval.topper', message: 'expected "topper" to need approval from "senior", but the caller may give it', expected: 'senior', actual: null },
      { code: 'case-mismatch', path: 'approval["keep-10"]', message: 'expected "keep-10" to need no approval, but it needs approval from "senior"', expected: null, actual: 'senior' },
      { code: 'case-mismatch', path: 'approval.coupon', message: 'expected "coupon" to need no approval, but it was not offered', expected: null, actual: undefined },
    ]);
  });
});
