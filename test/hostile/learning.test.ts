import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, learnAcceptance, SavedeskConfigError, SavedeskError } from '../../src/index';
import { mutated, propertyParameters } from '../support/arbitraries';
import { config, offerRule, request } from '../support/builders';
import { accepted, declined, outcome } from '../support/outcomes';

const acme = config({
  catalog: [
    { id: 'disc-10', kind: 'discount', label: '10% off', percent: 10, acceptRate: 0.5 },
    { id: 'credit', kind: 'store_credit', label: 'Credit', bonusPercent: 10, acceptRate: 0.2 },
  ],
  rules: [offerRule(['disc-10', 'credit'])],
});
const history = [
  outcome(['disc-10', 'credit'], accepted('disc-10'), { segment: 'vip' }),
  outcome(['credit'], declined, { reason: 'too-small' }),
  outcome(['credit', 'disc-10'], { status: 'open' }),
];
const model = learnAcceptance(history, acme);

describe('hostile learning input', () => {
  it('refuses a damaged acceptance model with a SavedeskConfigError, or decides with it; never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(model), async (damaged) => {
        let desk;
        try {
          desk = createDesk(acme, { acceptance: damaged });
        } catch (error) {
          expect(error).toBeInstanceOf(SavedeskConfigError);
          expect((error as SavedeskConfigError).issues.every((issue) => issue.path.startsWith('acceptance'))).toBe(true);
          return;
        }
        const decision = await desk.decide(request());
        expect(decision.offers.every((offer) => offer.acceptance.rate >= 0 && offer.acceptance.rate <= 1)).toBe(true);
      }),
      { ...propertyParameters, numRuns: 300 },
    );
  });

  it('refuses damaged outcomes with a SavedeskError naming where, or learns from them; never another exception', () => {
    fc.assert(
      fc.property(mutated(history), (damaged) => {
        try {
          learnAcceptance(damaged, acme);
        } catch (error) {
          expect(error).toBeInstanceOf(SavedeskError);
          expect((error as SavedeskError).issues.every((issue) => /^outcomes\[\d+\]/.test(issue.path))).toBe(true);
        }
      }),
      { ...propertyParameters, numRuns: 300 },
    );
  });
});
