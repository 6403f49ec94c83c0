import { describe, expect, it } from 'vitest';
import { createDesk, type ClientConfig, type ReturnRequest } from '../src/index';
import { config, request } from './support/builders';

describe('desk.warm', () => {
  it('decides the samples and leaves every later decision as a cold desk makes it, a failing sample skipped', async () => {
    const cold = createDesk(config() as ClientConfig);
    const warmed = createDesk(config() as ClientConfig);
    const sample = request() as ReturnRequest;
    const refused = { ...sample, lines: [] } as unknown as ReturnRequest;
    await expect(cold.decide(refused)).rejects.toThrow();
    await expect(warmed.warm([refused, sample], 50)).resolves.toBeUndefined();
    const next = request({ id: 'req-2' }) as ReturnRequest;
    expect(await warmed.decide(next)).toEqual(await cold.decide(next));
  });

  it('makes three decisions per rule by default for a large client, and 2,000 for a small one', async () => {
    // A host fact is asked once per decision: it counts them.
    const counting = (rules: number) => {
      let asked = 0;
      const base = config() as ClientConfig;
      const counted = { name: 'counted', conditions: { all: [{ fact: 'asked', operator: 'equal', value: -1 }] }, event: { type: 'flag', params: { flag: 'never' } } };
      const filler = Array.from({ length: rules - 1 }, (_, i) => ({ name: `filler-${i}`, conditions: { all: [{ fact: 'reason', operator: 'equal', value: `no-such-reason-${i}` }] }, event: { type: 'flag', params: { flag: 'never' } } }));
      const desk = createDesk({ ...base, rules: [counted, ...filler] } as ClientConfig, { facts: { asked: () => ++asked } });
      return { desk, asked: () => asked };
    };
    const small = counting(50);
    await small.desk.warm([request() as ReturnRequest]);
    expect(small.asked()).toBe(2_000);
    const large = counting(1_000);
    await large.desk.warm([request() as ReturnRequest]);
    expect(large.asked()).toBe(3_000);
  });
});
