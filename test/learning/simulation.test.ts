import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/index';
import { simulate, type RoundReport } from '../../scripts/simulate/run';
import { oracleModel, reasons, worldConfig, worldRequest } from '../../scripts/simulate/world';
import { seededUniform } from '../../src/random/prng';

async function run(): Promise<RoundReport[]> {
  const rounds: RoundReport[] = [];
  for await (const round of simulate({ seed: 7, rounds: 6, roundSize: 1000, explore: true, holdoutPercent: 10, evaluationSize: 300 })) rounds.push(round);
  return rounds;
}

describe('the simulator (npm run simulate), a smaller run', () => {
  it("starts from priors that put the wrong offer first for most reasons", async () => {
    const priors = createDesk(worldConfig({ explore: false, holdoutPercent: 0 }));
    const oracle = createDesk(worldConfig({ explore: false, holdoutPercent: 0 }), { acceptance: oracleModel() });
    let wrong = 0;
    for (const [i, reason] of reasons.entries()) {
      // A $120 return from a standard customer.
      const request = { ...worldRequest(i, seededUniform(i)), customer: { id: 'c-1', segment: 'standard' }, reason: { code: reason } };
      request.order = { ...request.order, total: '120.00', items: [{ sku: 'ITEM', unitPrice: '120.00', quantity: 1 }] };
      if ((await priors.decide(request)).offers[0]!.offerId !== (await oracle.decide(request)).offers[0]!.offerId) wrong += 1;
    }
    expect(wrong).toBeGreaterThanOrEqual(4);
  });

  it('comes within 5% of the oracle\'s expected saving by 6,000 outcomes with exploration on, and measures the lift it adds', async () => {
    const rounds = await run();
    expect(rounds[0]!.savingShare).toBeLessThan(0.7);
    const last = rounds.at(-1)!;
    expect(last.outcomes).toBe(6000);
    expect(last.savingShare).toBeGreaterThanOrEqual(0.95);
    expect(last.model!.outcomes).toBeLessThanOrEqual(6000);
    // The holdout's interval contains the lift the offers truly added.
    expect(last.lift!.low).toBeLessThanOrEqual(last.trueLift!);
    expect(last.lift!.high).toBeGreaterThanOrEqual(last.trueLift!);
    expect(last.lift!.low).toBeGreaterThan(0);
  });
});
