/**
 * A decision's JSON is the same whether its money is computed in exact minor
 * units (how `decide` runs) or in decimal.js (the reference): on the bundled
 * clients and on synthetic ones in currencies of 0, 2 and 3 digits, with
 * holdouts, exploration and every offer kind; and a request whose amounts are
 * beyond the integer path's range is decided in decimal.js, the same way.
 */
import { describe, expect, it } from 'vitest';
import type { ClientConfig, ReturnRequest } from '../src/index';
import { decide } from '../src/decide';
import { prepareClient } from '../src/desk';
import { minorUnits, OutsideExactRange } from '../src/money/minorUnits';
import { findClientFolders, loadClient } from '../src/node';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';
import { syntheticClient } from '../bench/syntheticClient';

const REQUESTS = 400;

/** The client in another currency (its whole amounts rewritten to that currency's digits), with policy changes. */
function variant(config: ClientConfig, currency: 'JPY' | 'KWD', policy: object): ClientConfig {
  const text = JSON.stringify(config).replace(/"(\d+)\.00"/g, currency === 'JPY' ? '"$1"' : '"$1.000"');
  const changed = JSON.parse(text) as ClientConfig & { policy: object };
  return { ...changed, currency, policy: { ...changed.policy, ...policy } } as ClientConfig;
}

/** Decides each request both ways and expects the same JSON; returns how many were decided. */
async function bothWays(config: ClientConfig, requests: readonly ReturnRequest[]): Promise<number> {
  const client = prepareClient(config);
  expect(client.minorUnits).toBeDefined();
  const reference = { ...client, minorUnits: undefined };
  let decided = 0;
  for (const [i, request] of requests.entries()) {
    const trace = i % 5 === 0;
    const exact = await decide(client, request, { trace }).then(JSON.stringify, (error: Error) => error.message);
    expect(exact).toBe(await decide(reference, request, { trace }).then(JSON.stringify, (error: Error) => error.message));
    if (exact.startsWith('{')) decided++;
  }
  return decided;
}

const generated = (config: ClientConfig, seed: number) => {
  const next = requestGenerator(config, seededRandom(seed));
  return Array.from({ length: REQUESTS }, (_, i) => next(i));
};

describe('money: exact minor units against decimal.js', () => {
  it('gives the same decisions for every bundled client', async () => {
    for (const dir of await findClientFolders(['rules'])) {
      const { config } = await loadClient(dir);
      expect(await bothWays(config as ClientConfig, generated(config as ClientConfig, 11))).toBeGreaterThan(REQUESTS * 0.8);
    }
  });

  it('gives the same decisions for synthetic clients in USD, JPY (with a holdout) and KWD (exploring)', async () => {
    const usd = syntheticClient({ rules: 200, offers: 50, mix: 'mixed' }, seededRandom(5));
    for (const config of [usd, variant(usd, 'JPY', { holdout: { percent: 20, salt: 'money' } }), variant(usd, 'KWD', { explore: { method: 'thompson' } })]) {
      expect(await bothWays(config, generated(config, 12))).toBeGreaterThan(REQUESTS * 0.8);
    }
  });

  it('decides a return of amounts beyond 2^52 minor units in decimal.js, as the reference does', async () => {
    const config = syntheticClient({ rules: 50, offers: 50 }, seededRandom(6));
    const huge = (request: ReturnRequest): ReturnRequest => ({
      ...request,
      order: { ...request.order, total: '999999999999999.99', items: request.order.items.map((item) => ({ ...item, unitPrice: '99999999999999.99' })) },
    });
    const requests = generated(config, 13).slice(0, 50).map(huge);
    expect(() => minorUnits(2).amount('999999999999999.99')).toThrow(OutsideExactRange);
    expect(await bothWays(config, requests)).toBe(requests.length);
  });
});
