import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDesk, OutcomeSchema } from '../../src/index';
import { runCli } from '../cli/runCli';
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

describe('npm run simulate', () => {
  const script = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { encoding: 'utf8' });

  it('explains itself with --help, and refuses a bad option in one line, without a stack trace', () => {
    const help = script(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: simulate [options]');
    expect(help.stdout).toContain('--no-explore');
    const bad = script(['--rounds', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("error: option '--rounds <n>' argument 'x' is invalid. --rounds must be a whole number");
  });

  it('writes its outcomes and its client folder, which savedesk learn reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'savedesk-simulate-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const run = script(['--rounds', '1', '--round-size', '120', '--evaluation', '10', '--out', join(dir, 'outcomes.ndjson'), '--client', join(dir, 'simworld')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = (await readFile(join(dir, 'outcomes.ndjson'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(120);
    expect(lines.map((line) => OutcomeSchema.safeParse(JSON.parse(line)).success)).toEqual(lines.map(() => true));
    const learn = await runCli(['learn', join(dir, 'simworld'), '--outcomes', join(dir, 'outcomes.ndjson')]);
    expect(learn.code).toBe(0);
    expect(learn.stdout).toMatch(/^learned from \d+ outcome/);
  });
});
