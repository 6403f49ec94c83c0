import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, salesKinds, type ClientConfig, type Decision, type OfferKind } from '../../src/index';
import { forEveryDecision, levelIds, propertyParameters, scenario } from '../support/arbitraries';
import {
  callerIndex, concessionsInWindow, expectedPrice, levelMayGive, offeredAsGoodwill, OracleDecimal, policyOf, requiredIndex, returnLossOf, returnValueOf, withheldReasons,
} from '../support/oracle';

describe('property: empowerment is policy', () => {
  it('gives without approval only what the caller\'s level allows: cost, percent of return, kinds, required level', async () => {
    await forEveryDecision((s, decision) => {
      const levels = policyOf(s.config).levels;
      const caller = callerIndex(s.config, s.request);
      for (const offer of decision.offers.filter((o) => o.approval === null)) {
        expect(requiredIndex(s.config, decision, offer)).toBeLessThanOrEqual(caller);
        expect(levelMayGive(levels[caller]!, offer, returnValueOf(s.request))).toBe(true);
      }
    });
  });

  it('names in an approval the lowest level above the caller (and at or above any required level) that may give the offer', async () => {
    await forEveryDecision((s, decision) => {
      const levels = policyOf(s.config).levels;
      const caller = callerIndex(s.config, s.request);
      const returnValue = returnValueOf(s.request);
      for (const offer of decision.offers.filter((o) => o.approval !== null)) {
        const required = requiredIndex(s.config, decision, offer);
        const approver = levels.findIndex((level) => level.id === offer.approval!.level);
        const lowest = Math.max(caller + 1, required);
        expect(approver).toBeGreaterThanOrEqual(lowest);
        expect(levelMayGive(levels[approver]!, offer, returnValue)).toBe(true);
        for (const below of levels.slice(lowest, approver)) expect(levelMayGive(below, offer, returnValue)).toBe(false);
        expect(required <= caller && levelMayGive(levels[caller]!, offer, returnValue)).toBe(false);
      }
    });
  });

  it('offers nothing above the top level: every offer is within the level that gives or approves it', async () => {
    await forEveryDecision((s, decision) => {
      const levels = policyOf(s.config).levels;
      const caller = callerIndex(s.config, s.request);
      for (const offer of decision.offers) {
        const giver = offer.approval === null ? caller : levels.findIndex((level) => level.id === offer.approval!.level);
        expect(giver).toBeGreaterThanOrEqual(0);
        expect(levelMayGive(levels[giver]!, offer, returnValueOf(s.request))).toBe(true);
      }
    });
  });

  it('never takes the customer over the cap, in cost or in count, over the cap\'s window', async () => {
    await forEveryDecision((s, decision) => {
      const cap = policyOf(s.config).customerCap;
      if (cap === undefined) return;
      const recent = concessionsInWindow(s.request, cap.windowDays);
      for (const offer of decision.offers.filter((o) => !new OracleDecimal(o.cost).isZero())) {
        if (cap.maxCost !== undefined) expect(recent.cost.plus(offer.cost).lte(cap.maxCost)).toBe(true);
        if (cap.maxCount !== undefined) expect(recent.count + 1).toBeLessThanOrEqual(cap.maxCount);
      }
    });
  });

  it('never shows a portal request an offer that needs approval', async () => {
    await forEveryDecision((s, decision) => {
      if (s.request.channel === 'portal') expect(decision.offers.filter((o) => o.approval !== null)).toEqual([]);
    });
  });

  it('never offers upsell or continuity unless the policy allows sales offers', async () => {
    await forEveryDecision((s, decision) => {
      if (policyOf(s.config).allowSalesOffers !== true) {
        expect(decision.offers.filter((o) => salesKinds.includes(o.kind))).toEqual([]);
      }
    });
  });

  it('withholds an offer as not-cost-effective, over-limit or customer-cap only when the policy says so', async () => {
    await forEveryDecision((s, decision) => {
      const { levels, customerCap: cap } = policyOf(s.config);
      const caller = callerIndex(s.config, s.request);
      const returnValue = returnValueOf(s.request);
      const portal = s.request.channel === 'portal';
      for (const { offerId, why, detail } of decision.withheld) {
        const offer = (s.config.catalog as Array<{ id: string; kind: string }>).find((o) => o.id === offerId)!;
        expect({ offerId, why, detail }).toEqual({ offerId: offer.id, why: expect.toBeOneOf([...withheldReasons]), detail: expect.stringMatching(/./) });
        const priced = { kind: offer.kind as OfferKind, cost: expectedPrice(offer.kind, offer, s.request, s.digits).cost };
        const cost = new OracleDecimal(priced.cost);
        const required = requiredIndex(s.config, decision, { offerId, kind: offer.kind });
        const callerMay = required <= caller && levelMayGive(levels[caller]!, priced, returnValue);
        const higherMay = levels.slice(Math.max(caller + 1, required)).some((level) => levelMayGive(level, priced, returnValue));
        if (why === 'not-cost-effective') {
          expect(cost.gte(returnLossOf(s.config, s.request, s.digits))).toBe(true);
          expect(offeredAsGoodwill(s.config, decision, offerId)).toBe(false);
        }
        if (why === 'over-limit') expect(callerMay || (higherMay && !portal)).toBe(false);
        if (why === 'customer-cap') {
          expect(callerMay || (higherMay && !portal)).toBe(true);
          const recent = concessionsInWindow(s.request, cap!.windowDays);
          const overCost = cap!.maxCost !== undefined && recent.cost.plus(cost).gt(cap!.maxCost);
          const overCount = cap!.maxCount !== undefined && recent.count + 1 > cap!.maxCount;
          expect(!cost.isZero() && (overCost || overCount)).toBe(true);
        }
      }
    });
  });

  it('never removes an offer when a level\'s maxCost is raised, nor asks a higher level for it', async () => {
    // Every candidate is kept (no maxOffers, no one-per-kind) so ranking cannot push an offer out.
    const raised = fc.tuple(scenario, fc.nat(levelIds.length - 1), fc.integer({ min: 1, max: 500 }));
    await fc.assert(
      fc.asyncProperty(raised, async ([s, pick, more]) => {
        const policy = { ...policyOf(s.config), maxOffers: 50, distinctKinds: false };
        const k = pick % policy.levels.length;
        const higher = policy.levels.map((level, i) => (i === k ? { ...level, maxCost: new OracleDecimal(level.maxCost).plus(more).toFixed(s.digits) } : level));
        const before = await createDesk({ ...s.config, policy } as ClientConfig).decide(s.request);
        const after = await createDesk({ ...s.config, policy: { ...policy, levels: higher } } as ClientConfig).decide(s.request);
        const giver = (decision: Decision) => new Map(decision.offers.map((o) => [o.offerId, o.approval === null ? -1 : levelIds.indexOf(o.approval.level as (typeof levelIds)[number])]));
        const now = giver(after);
        for (const [offerId, level] of giver(before)) {
          expect(now.has(offerId)).toBe(true);
          expect(now.get(offerId)!).toBeLessThanOrEqual(level);
        }
      }),
      propertyParameters,
    );
  });
});
