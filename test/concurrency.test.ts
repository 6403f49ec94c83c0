import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, SavedeskError } from '../src/index';
import { clientConfig, propertyParameters, returnRequest } from './support/arbitraries';

/** A decision or the error it ended in, as JSON: what a caller would see. */
async function seen(decision: Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await decision);
  } catch (error) {
    if (!(error instanceof SavedeskError)) throw error;
    return JSON.stringify({ code: error.code, issues: error.issues });
  }
}

describe('one Desk shared by concurrent calls', () => {
  it('gives 1,000 concurrent decisions byte-identical to the same decisions made one at a time', async () => {
    const [config] = fc.sample(clientConfig('USD', 2), { seed: propertyParameters.seed, numRuns: 1 });
    const requests = fc.sample(returnRequest(config!, 2), { seed: propertyParameters.seed, numRuns: 1000 });
    // Every tenth request names a level the chain lacks, so refusals interleave with decisions.
    const mixed = requests.map((req, i) => (i % 10 === 9 ? { ...req, agent: { level: 'nobody' } } : req));
    // A rule on a host fact runs on json-rules-engine, the others compiled: both kinds of evaluation overlap,
    // and traced and untraced calls alternate.
    const hostRule = { name: 'many-items', conditions: { all: [{ fact: 'itemCount', operator: 'greaterThan', value: 1 }] }, event: { type: 'flag' as const, params: { flag: 'many-items' } } };
    const desk = createDesk({ ...config!, rules: [...config!.rules, hostRule] }, { facts: { itemCount: (_, { request }) => request.order.items.length } });
    const options = (i: number) => ({ trace: i % 2 === 0 });

    const sequential: string[] = [];
    for (const [i, req] of mixed.entries()) sequential.push(await seen(desk.decide(req, options(i))));
    const concurrent = await Promise.all(mixed.map((req, i) => seen(desk.decide(req, options(i)))));

    expect(concurrent).toEqual(sequential);
    expect(new Set(sequential).size).toBeGreaterThan(100);
    expect(sequential.filter((json) => json.includes('"invalid-input"'))).toHaveLength(100);
    expect(sequential.filter((json) => json.includes('"many-items"')).length).toBeGreaterThan(100);
  });
});
