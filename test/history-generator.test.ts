/**
 * The history generator behind `npm run gen:history`: what it writes must be
 * requests each bundled client accepts, the same for the same seed.
 */
import { describe, expect, it } from 'vitest';
import { findClientFolders, loadClient } from '../src/node';
import { seededRandom } from '../scripts/generate/random';
import { requestGenerator } from '../scripts/generate/requests';

const sample = (config: Parameters<typeof requestGenerator>[0], seed: number) => {
  const next = requestGenerator(config, seededRandom(seed));
  return Array.from({ length: 200 }, (_, n) => next(n));
};

describe('generated histories', () => {
  it('are requests every bundled client decides, using its reasons and levels', async () => {
    for (const dir of await findClientFolders(['rules'])) {
      const { config, desk } = await loadClient(dir);
      const requests = sample(config, 1);
      for (const request of requests) await expect(desk.decide(request)).resolves.toMatchObject({ requestId: request.id });
      const levels = new Set(config.policy.levels.map((level) => level.id));
      expect(requests.every((request) => request.agent === undefined || levels.has(request.agent.level))).toBe(true);
      if (config.reasons) expect(new Set(requests.map((request) => request.reason.code))).toEqual(new Set(config.reasons.map((reason) => reason.code)));
    }
  });

  it('are the same for the same seed, and differ for another', async () => {
    const { config } = await loadClient('rules/nordhem');
    expect(sample(config, 5)).toEqual(sample(config, 5));
    expect(sample(config, 6)).not.toEqual(sample(config, 5));
  });
});
