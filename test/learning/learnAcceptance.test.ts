import { describe, expect, it } from 'vitest';
import { AcceptanceModelSchema, createDesk, learnAcceptance, SavedeskConfigError, SavedeskError, type AcceptanceModel } from '../../src/index';
import { config, offerRule, request } from '../support/builders';
import { accepted, declined, outcome } from '../support/outcomes';

// Three offers with priors 0.5, 0.2 and (policy default) 0.5.
const acme = config({
  catalog: [
    { id: 'disc-10', kind: 'discount', label: '10% off', percent: 10, acceptRate: 0.5 },
    { id: 'credit', kind: 'store_credit', label: 'Credit', bonusPercent: 10, acceptRate: 0.2 },
    { id: 'advice', kind: 'service', label: 'Advice', unitCost: '5.00' },
  ],
  rules: [offerRule(['disc-10', 'credit', 'advice'])],
});
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const offerLevel = (model: AcceptanceModel, id: string) => model.offers.find((o) => o.offerId === id)!;

describe('learnAcceptance', () => {
  it('shrinks the offer level toward the prior, worth priorWeight customers', () => {
    // 30 accepts of 40 at prior 0.2 worth 20: (0.2 × 20 + 30) / (20 + 40) = 34 / 60.
    const model = learnAcceptance([...times(30, () => outcome(['credit'], accepted('credit'))), ...times(10, () => outcome(['credit'], declined))], acme);
    const credit = offerLevel(model, 'credit');
    expect(credit).toMatchObject({ prior: 0.2, alpha: 34, beta: 26, outcomes: 40 });
    expect(credit.rate).toBeCloseTo(34 / 60, 6);
    expect(AcceptanceModelSchema.parse(model)).toEqual(model);
  });

  it('shrinks offer × reason toward the offer, and × segment toward offer × reason', () => {
    const model = learnAcceptance(
      [
        ...times(20, () => outcome(['disc-10'], accepted('disc-10'), { reason: 'too-big', segment: 'vip' })),
        ...times(20, () => outcome(['disc-10'], declined, { reason: 'too-small' })),
      ],
      acme,
      { priorWeight: 10 },
    );
    const offer = offerLevel(model, 'disc-10');
    expect(offer.rate).toBeCloseTo((0.5 * 10 + 20) / 50, 6); // 0.5
    const big = offer.reasons.find((r) => r.reason === 'too-big')!;
    const small = offer.reasons.find((r) => r.reason === 'too-small')!;
    expect(big.rate).toBeCloseTo((0.5 * 10 + 20) / 30, 6);
    expect(small.rate).toBeCloseTo((0.5 * 10) / 30, 6);
    expect(small.segments).toEqual([]); // a null segment has no level of its own
    expect(big.segments).toEqual([expect.objectContaining({ segment: 'vip', outcomes: 20 })]);
    expect(big.segments[0]!.rate).toBeCloseTo((big.rate * 10 + 20) / 30, 5);
  });

  it('counts an open outcome as unknown, not as a decline', () => {
    const withOpen = learnAcceptance([outcome(['disc-10'], accepted('disc-10')), ...times(50, () => outcome(['disc-10'], { status: 'open' }))], acme);
    const without = learnAcceptance([outcome(['disc-10'], accepted('disc-10'))], acme);
    expect(offerLevel(withOpen, 'disc-10')).toEqual(offerLevel(without, 'disc-10'));
    expect(withOpen.outcomes).toBe(1);
  });

  it('credits only the offer shown first: a decline to it alone, a lower-ranked accept to nobody but as a decline of the first', () => {
    const model = learnAcceptance([outcome(['disc-10', 'credit', 'advice'], declined), outcome(['disc-10', 'credit'], accepted('credit'))], acme);
    expect(model.offers.map((o) => o.offerId)).toEqual(['disc-10']);
    expect(offerLevel(model, 'disc-10')).toMatchObject({ outcomes: 2, alpha: 10, beta: 12 });
  });

  it('halves the weight of an outcome every halfLifeDays before the newest one, never reading the clock', () => {
    const old = outcome(['disc-10'], accepted('disc-10'), { at: '2026-01-01T00:00:00Z' });
    const recent = outcome(['disc-10'], declined, { at: '2026-01-31T00:00:00Z' });
    const model = learnAcceptance([old, recent], acme, { halfLifeDays: 30, priorWeight: 2 });
    // The accept 30 days before the newest counts 0.5: alpha = 1 + 0.5, beta = 1 + 1.
    expect(offerLevel(model, 'disc-10')).toMatchObject({ alpha: 1.5, beta: 2, outcomes: 2 });
    expect(model.asOf).toBe('2026-01-31T00:00:00Z');
    const asOf = learnAcceptance([old, recent], acme, { halfLifeDays: 30, priorWeight: 2, asOf: '2026-01-16T00:00:00Z' });
    // Decayed from asOf; the outcome after it is left out.
    expect(offerLevel(asOf, 'disc-10').alpha).toBeCloseTo(1 + 2 ** -0.5, 6);
    expect(asOf.outcomes).toBe(1);
  });

  it("ignores other clients' outcomes and offers no longer in the catalog, and names the model's client", () => {
    const model = learnAcceptance([outcome(['disc-10'], declined, { clientId: 'other' }), outcome(['gone'], declined)], acme);
    expect(model).toMatchObject({ clientId: 'acme', outcomes: 0, offers: [], asOf: null });
    expect(model.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('gives a new version when what was learned changes, and the same for the same outcomes', () => {
    const a = learnAcceptance([outcome(['disc-10'], declined)], acme);
    expect(learnAcceptance([outcome(['disc-10'], declined)], acme).version).toBe(a.version);
    expect(learnAcceptance([outcome(['disc-10'], accepted('disc-10'))], acme).version).not.toBe(a.version);
  });

  it('reports every invalid outcome and option with its path, as a SavedeskError', () => {
    const bad = { ...outcome(['disc-10'], declined), returnValue: 12 };
    const error = (() => {
      try {
        learnAcceptance([outcome(['disc-10'], declined), bad as never], acme, { halfLifeDays: -1 });
      } catch (e) {
        return e;
      }
    })() as SavedeskError;
    expect(error).toBeInstanceOf(SavedeskError);
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual(['options.halfLifeDays']);
    expect(() => learnAcceptance([bad as never], acme)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: 'outcomes[0].returnValue' })] }));
    expect(() => learnAcceptance([], { ...acme, currency: 1 } as never)).toThrow(SavedeskConfigError);
  });
});

describe('createDesk with an acceptance model', () => {
  const twoOffers = config({
    catalog: [
      { id: 'disc-10', kind: 'discount', label: '10% off', percent: 10, acceptRate: 0.6 },
      { id: 'credit', kind: 'store_credit', label: 'Credit', bonusPercent: 10, acceptRate: 0.2 },
    ],
    rules: [offerRule(['disc-10', 'credit'])],
  });
  // The request returns a $200 jacket: disc-10 costs 20, credit 20 (both margin 180).
  const learned = learnAcceptance(
    [...times(60, () => outcome(['credit'], accepted('credit'), { reason: 'too-big' })), ...times(60, () => outcome(['disc-10'], declined, { reason: 'too-big' }))],
    twoOffers,
  );

  it('ranks by the learned rate at the most specific level with data, and says so', async () => {
    const before = await createDesk(twoOffers).decide(request({ reason: { code: 'too-big' } }));
    expect(before.offers.map((o) => [o.offerId, o.acceptance])).toEqual([
      ['disc-10', { rate: 0.6, source: 'prior', outcomes: 0 }],
      ['credit', { rate: 0.2, source: 'prior', outcomes: 0 }],
    ]);
    const after = await createDesk(twoOffers, { acceptance: learned }).decide(request({ reason: { code: 'too-big' } }));
    expect(after.offers.map((o) => o.offerId)).toEqual(['credit', 'disc-10']);
    expect(after.offers[0]!.acceptance).toEqual({ rate: learned.offers[0]!.reasons[0]!.rate, source: 'learned', outcomes: 60 });
    expect(after.offers[0]!.expectedSaving).toBe((learned.offers[0]!.reasons[0]!.rate * 180).toFixed(2));
    // Another reason: no offer × reason data, so the offer level ranks.
    const other = await createDesk(twoOffers, { acceptance: learned }).decide(request({ reason: { code: 'changed-mind' } }));
    expect(other.offers.find((o) => o.offerId === 'credit')!.acceptance).toEqual({ rate: learned.offers[0]!.rate, source: 'learned', outcomes: 60 });
  });

  it("refuses a model learned for another client or naming an offer not in the catalog, at the model's path", () => {
    expect(() => createDesk(twoOffers, { acceptance: { ...learned, clientId: 'other' } })).toThrow(
      expect.objectContaining({ issues: [{ code: 'mismatch', path: 'acceptance.clientId', message: expect.stringContaining('learned for client "other"') }] }),
    );
    const renamed = { ...learned, offers: [{ ...learned.offers[0]!, offerId: 'gone' }] };
    expect(() => createDesk(twoOffers, { acceptance: renamed })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'unknown-offer', path: 'acceptance.offers[0].offerId' })] }));
    expect(() => createDesk(twoOffers, { acceptance: { ...learned, version: 'v1' } })).toThrow(SavedeskConfigError);
  });
});
