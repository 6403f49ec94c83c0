import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesk, minorDigits, SavedeskConfigError, SavedeskInputError, type ClientConfig, type Decision, type ReturnRequest } from '../../src/index';
import { mutated, propertyParameters, scenario } from '../support/arbitraries';
import { config, request } from '../support/builders';
import { prototypeChanges, prototypeFingerprint, settle } from '../support/hostile';

const prototypesBefore = prototypeFingerprint();
afterEach(() => {
  expect(prototypeChanges(prototypesBefore)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Where `value` holds something JSON cannot carry (undefined, NaN, a Decimal, a function), as paths. */
function notJson(value: unknown, at = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [at];
  if (Array.isArray(value)) return value.flatMap((item, i) => notJson(item, `${at}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => notJson(item, `${at}.${key}`));
  }
  return [at];
}

/** What a decision promises whatever went in: plain JSON, amounts in the currency's digits, offers ranked 1…n. */
function expectWellFormed(decision: Decision): void {
  expect(notJson(decision)).toEqual([]);
  const digits = minorDigits(decision.currency);
  const amount = new RegExp(`^-?\\d+${digits === 0 ? '' : `\\.\\d{${digits}}`}$`);
  for (const text of [decision.returnValue, decision.returnLoss, decision.fallback.refund]) expect(text).toMatch(amount);
  decision.offers.forEach((offer, i) => {
    expect(offer.rank).toBe(i + 1);
    for (const text of [offer.cost, offer.customerValue, offer.expectedSaving]) expect(text).toMatch(amount);
  });
}

describe('hostile input: random JSON', () => {
  it('createDesk answers any JSON value with a SavedeskConfigError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const settled = await settle(() => createDesk(value as ClientConfig));
        expect('refused' in settled && settled.refused).toBeInstanceOf(SavedeskConfigError);
      }),
      propertyParameters,
    );
  });

  it('decide answers any JSON value with a SavedeskInputError', async () => {
    const desk = createDesk(config());
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const settled = await settle(() => desk.decide(value as ReturnRequest));
        expect('refused' in settled && settled.refused).toBeInstanceOf(SavedeskInputError);
      }),
      propertyParameters,
    );
  });

  it('a config with one hostile change anywhere gives a working Desk or a SavedeskConfigError', async () => {
    const hostileConfig = scenario.chain((s) => mutated(s.config).map((changed) => ({ ...s, config: changed })));
    await fc.assert(
      fc.asyncProperty(hostileConfig, async (s) => {
        const desk = await settle(() => createDesk(s.config));
        if ('refused' in desk) {
          expect(desk.refused).toBeInstanceOf(SavedeskConfigError);
          return;
        }
        const decided = await settle(() => desk.result.decide(s.request));
        if ('result' in decided) expectWellFormed(decided.result);
        else expect(decided.refused).toBeInstanceOf(SavedeskInputError);
      }),
      propertyParameters,
    );
  });

  it('a request with one hostile change anywhere gives a decision or a SavedeskInputError', async () => {
    const hostileRequest = scenario.chain((s) => mutated(s.request).map((changed) => ({ ...s, request: changed })));
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (s) => {
        const decided = await settle(() => createDesk(s.config).decide(s.request));
        if ('result' in decided) expectWellFormed(decided.result);
        else expect(decided.refused).toBeInstanceOf(SavedeskInputError);
      }),
      propertyParameters,
    );
  });

  it('the sample request with one hostile change anywhere gives a decision or a SavedeskInputError', async () => {
    const desk = createDesk(config());
    await fc.assert(
      fc.asyncProperty(mutated(request() as object), async (changed) => {
        const decided = await settle(() => desk.decide(changed as ReturnRequest));
        if ('result' in decided) expectWellFormed(decided.result);
        else expect(decided.refused).toBeInstanceOf(SavedeskInputError);
      }),
      propertyParameters,
    );
  });
});
