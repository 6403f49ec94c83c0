import { describe, expect, it } from 'vitest';
import { createDesk, SavedeskError, type CustomFact, type CustomOperator } from '../src/index';
import { config, offerRule, request } from './support/builders';

/** A client whose first rule offers the discount always, and whose second rule needs the host's fact `weather` and operator `near`. */
function deskWith(host: { weather?: CustomFact; near?: CustomOperator }) {
  const hostRule = {
    name: 'rainy-and-near',
    conditions: { all: [{ fact: 'weather', operator: 'equal', value: 'rain' }, { fact: 'reason', operator: 'near', value: 'too-small' }] },
    event: { type: 'flag', params: { flag: 'weather-return' } },
  };
  return createDesk(config({ rules: [offerRule(['disc-10']), hostRule] }), {
    facts: { weather: host.weather ?? (() => 'rain') },
    operators: { near: host.near ?? ((a, b) => a === b) },
  });
}

const failed = (message: string) => ({ name: 'SavedeskError', code: 'rule-evaluation-failed', issues: [{ path: 'rules', message }] });

describe('fail closed: host code that throws stops the decision', () => {
  it('decides normally when the host\'s fact and operator work', async () => {
    const decision = await deskWith({}).decide(request());
    expect(decision.offers.map((o) => o.offerId)).toEqual(['disc-10']);
    expect(decision.flags).toEqual(['weather-return']);
  });

  it('rejects with rule-evaluation-failed, naming the fact, when a custom fact throws: no partial decision', async () => {
    const decision = deskWith({ weather: () => { throw new Error('no forecast'); } }).decide(request());
    await expect(decision).rejects.toBeInstanceOf(SavedeskError);
    await expect(decision).rejects.toMatchObject(failed('fact "weather" threw: no forecast'));
  });

  it('rejects with rule-evaluation-failed, naming the operator, when a custom operator throws', async () => {
    const decision = deskWith({ near: () => { throw new TypeError('bad distance'); } }).decide(request());
    await expect(decision).rejects.toMatchObject(failed('operator "near" threw: bad distance'));
  });

  it('fails closed on a thrown non-Error and on a rejected promise too', async () => {
    await expect(deskWith({ weather: () => { throw 'offline'; } }).decide(request())).rejects.toMatchObject(failed('fact "weather" threw: offline'));
    await expect(deskWith({ weather: () => Promise.reject(new Error('timeout')) }).decide(request())).rejects.toMatchObject({ code: 'rule-evaluation-failed' });
  });

  it('keeps the desk working after a failure: the next request decides normally', async () => {
    let calls = 0;
    const desk = deskWith({ weather: () => { calls += 1; if (calls === 1) throw new Error('flaky'); return 'rain'; } });
    await expect(desk.decide(request())).rejects.toMatchObject({ code: 'rule-evaluation-failed' });
    expect((await desk.decide(request())).flags).toEqual(['weather-return']);
  });
});
