import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, holdoutGroup, learnAcceptance, type ClientConfig, type Decision } from '../../src/index';
import { propertyParameters, scenario } from '../support/arbitraries';
import { callerIndex, concessionsInWindow, levelMayGive, OracleDecimal, policyOf, requiredIndex, returnValueOf } from '../support/oracle';
import { outcomes } from '../support/outcomes';

const reasons = ['too-firm', 'damaged', 'changed-mind'];

/** A generated scenario with exploration on, and a model learned from generated outcomes for its client. */
const explored = scenario.chain((s) => {
  const catalog = (s.config.catalog as Array<{ id: string }>).map((offer) => offer.id);
  const withExplore = { ...s.config, client: { id: 'acme', name: 'Acme' }, policy: { ...(s.config.policy as object), explore: { method: 'thompson' } } } as ClientConfig;
  return outcomes(catalog, reasons).map((history) => ({ ...s, config: withExplore, model: learnAcceptance(history, withExplore, { priorWeight: 2 }) }));
});

/** Offers made or withheld as not-selected: what passed every constraint and limit. */
const eligible = (decision: Decision) => [...decision.offers.map((o) => o.offerId), ...decision.withheld.filter((w) => w.why === 'not-selected').map((w) => w.offerId)].sort();

describe('property: learning and exploration stay within policy', () => {
  it('exploration never offers above the caller\'s level or past the customer cap, and changes only the order among eligible offers', async () => {
    await fc.assert(
      fc.asyncProperty(explored, async (s) => {
        const decision = await createDesk(s.config, { acceptance: s.model }).decide(s.request, { trace: true });
        const plainConfig = { ...s.config, policy: { ...(s.config.policy as object), explore: undefined } } as ClientConfig;
        const plain = await createDesk(plainConfig, { acceptance: s.model }).decide(s.request);
        const policy = policyOf(s.config);
        const caller = callerIndex(s.config, s.request);
        const returnValue = returnValueOf(s.request);
        for (const offer of decision.offers) {
          const giver = offer.approval === null ? caller : policy.levels.findIndex((level) => level.id === offer.approval!.level);
          expect(giver).toBeGreaterThanOrEqual(caller);
          if (offer.approval === null) expect(requiredIndex(s.config, decision, offer)).toBeLessThanOrEqual(caller);
          expect(levelMayGive(policy.levels[giver]!, offer, returnValue)).toBe(true);
          if (s.request.channel === 'portal') expect(offer.approval).toBeNull();
          if (policy.customerCap && !new OracleDecimal(offer.cost).isZero()) {
            const recent = concessionsInWindow(s.request, policy.customerCap.windowDays);
            if (policy.customerCap.maxCost !== undefined) expect(recent.cost.plus(offer.cost).lte(policy.customerCap.maxCost)).toBe(true);
            if (policy.customerCap.maxCount !== undefined) expect(recent.count + 1).toBeLessThanOrEqual(policy.customerCap.maxCount);
          }
          // The same offer needs the same approval with or without exploration.
          const same = plain.offers.find((o) => o.offerId === offer.offerId);
          if (same) expect(offer.approval).toEqual(same.approval);
          expect(offer.propensity).toBeGreaterThanOrEqual(0);
          expect(offer.propensity).toBeLessThanOrEqual(1);
        }
        expect(eligible(decision)).toEqual(eligible(plain));
        expect(decision.withheld.filter((w) => w.why !== 'not-selected')).toEqual(plain.withheld.filter((w) => w.why !== 'not-selected'));
        if (decision.offers.length > 0) expect(decision.offers[0]!.propensity).toBeGreaterThan(0);
      }),
      propertyParameters,
    );
  });

  it('gives the same JSON for the same request and model, from two desks', async () => {
    await fc.assert(
      fc.asyncProperty(explored, async (s) => {
        const holdout = { ...s.config, policy: { ...(s.config.policy as object), holdout: { percent: 30, salt: 's' } } } as ClientConfig;
        for (const config of [s.config, holdout]) {
          const first = JSON.stringify(await createDesk(config, { acceptance: s.model }).decide(s.request));
          const second = JSON.stringify(await createDesk(structuredClone(config), { acceptance: structuredClone(s.model) }).decide(structuredClone(s.request)));
          expect(second).toBe(first);
        }
      }),
      { ...propertyParameters, numRuns: Math.ceil(propertyParameters.numRuns / 10) },
    );
  });

  it('learns the same model from the same outcomes in any order', () => {
    fc.assert(
      fc.property(
        outcomes(['a', 'b', 'c'], reasons).chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((shuffled) => [list, shuffled] as const)),
        fc.integer({ min: 1, max: 400 }),
        ([list, shuffled], halfLifeDays) => {
          const config = {
            client: { id: 'acme', name: 'Acme' },
            currency: 'USD',
            catalog: ['a', 'b', 'c'].map((id, i) => ({ id, kind: 'service', label: id, unitCost: '1.00', acceptRate: 0.2 * (i + 1) })),
            policy: { levels: [{ id: 'agent', maxCost: '10.00' }] },
            rules: [],
          } as ClientConfig;
          expect(JSON.stringify(learnAcceptance(shuffled, config, { halfLifeDays }))).toBe(JSON.stringify(learnAcceptance(list, config, { halfLifeDays })));
        },
      ),
      propertyParameters,
    );
  });
});

describe('property: holdouts', () => {
  const customers = Array.from({ length: 3000 }, (_, i) => `cust-${i + 1}`);

  // Holdouts are small (1–5% is usual; up to 20% here): there ±2 points is at least 2.7 binomial standard deviations of 3,000.
  it('takes percent ± 2 points of 3,000 customers, for any percent up to 20 and any salt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.string({ minLength: 1, maxLength: 20 }), (percent, salt) => {
        const held = customers.filter((id) => holdoutGroup(id, { percent, salt }) === 'holdout').length;
        expect(Math.abs((held / customers.length) * 100 - percent)).toBeLessThanOrEqual(2);
      }),
      { ...propertyParameters, numRuns: 200 },
    );
  });

  it('never moves a customer to another group, and a holdout decision offers nothing and withholds every candidate as holdout', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.integer({ min: 1, max: 99 }), fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...customers), async (s, percent, salt, customerId) => {
        const config = { ...s.config, policy: { ...(s.config.policy as object), holdout: { percent, salt } } } as ClientConfig;
        const request = { ...s.request, customer: { ...s.request.customer, id: customerId } };
        const group = holdoutGroup(customerId, { percent, salt });
        const decision = await createDesk(config).decide(request);
        const again = await createDesk(config).decide({ ...request, id: 'another-request' });
        expect(decision.experiment).toEqual({ group });
        expect(again.experiment).toEqual({ group });
        const treatment = await createDesk(s.config).decide(request);
        expect(treatment.experiment).toBeUndefined();
        expect(decision.flags).toEqual(treatment.flags);
        expect(decision.guidance).toEqual(treatment.guidance);
        expect(decision.followUps).toEqual(treatment.followUps);
        if (group === 'holdout') {
          expect(decision.offers).toEqual([]);
          expect(decision.withheld.map((w) => w.offerId).sort()).toEqual([...treatment.offers.map((o) => o.offerId), ...treatment.withheld.map((w) => w.offerId)].sort());
          expect(decision.withheld.every((w) => w.why === 'holdout')).toBe(true);
        } else expect(decision.offers).toEqual(treatment.offers);
      }),
      { ...propertyParameters, numRuns: Math.ceil(propertyParameters.numRuns / 4) },
    );
  });
});
