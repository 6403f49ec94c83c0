/**
 * One pass, one voice: a config or request broken in shape, meaning and
 * amounts at once is reported in one error, and each problem reads the same
 * from createDesk, decide, loadClient and the savedesk command.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesk, SavedeskError, type ClientConfig, type ReturnRequest } from '../src/index';
import { loadClient } from '../src/node';
import type { Issue } from '../src/errors/issue';
import { acme, editJson, tempAcme } from './fixtures/tempClient';
import { runCli } from './cli/runCli';

async function issuesOf(attempt: () => unknown): Promise<Issue[]> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof SavedeskError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a SavedeskError');
}

/** A config broken three ways: a typo'd field (shape), a misspelt level (meaning) and an amount with too many decimals. */
async function brokenClientJson(dir: string): Promise<void> {
  await editJson<Record<string, any>>(join(dir, 'client.json'), (client) => {
    client.catalog[1].acceptRat = 0.4;
    client.policy.channelLevels = { portal: 'agnet' };
    client.policy.levels[0].maxCost = '100.005';
  });
}

describe('one pass, one voice', () => {
  it('a broken client folder: every problem at once, worded alike by createDesk, loadClient and savedesk test', async () => {
    const dir = await tempAcme();
    await brokenClientJson(dir);
    const client = JSON.parse(await readFile(join(dir, 'client.json'), 'utf8'));
    const rules = [...JSON.parse(await readFile(join(dir, 'rules', 'comfort.json'), 'utf8')), ...JSON.parse(await readFile(join(dir, 'rules', 'defects.json'), 'utf8'))];
    const fromCreateDesk = await issuesOf(() => createDesk({ ...client, rules } as ClientConfig));
    const fromLoadClient = await issuesOf(() => loadClient(dir));
    const lines = fromCreateDesk.map(({ path, message }) => `${path}: ${message}`);
    expect(lines).toEqual([
      'catalog[1].acceptRat: unknown field "acceptRat"; did you mean "acceptRate"?',
      expect.stringMatching(/^policy\.levels\[0\]\.maxCost: USD amounts have at most 2 decimal places$/),
      expect.stringMatching(/^policy\.channelLevels\.portal: no level "agnet" in the policy's escalation chain \(.*\); did you mean "agent"\?$/),
    ]);
    expect(fromLoadClient.map(({ path, message }) => `${path}: ${message}`)).toEqual(lines);
    expect(fromLoadClient.every((issue) => issue.file === join(dir, 'client.json'))).toBe(true);
    const { stderr } = await runCli(['test', dir]);
    for (const line of lines) expect(stderr).toContain(`${join(dir, 'client.json')}: ${line}`);
  });

  it('a broken request: every problem at once, worded alike by decide, a loaded desk and savedesk decide', async () => {
    const request = JSON.parse(await readFile(join(acme, 'cases', 'too-firm.json'), 'utf8')).request;
    const broken = {
      ...request,
      reasn: { code: 'too-firm' },
      agent: { level: 'agnet' },
      order: { ...request.order, total: 800, placedAt: '2026-03-02' },
    } as ReturnRequest;
    const { config, desk } = await loadClient(acme);
    const fromDecide = await issuesOf(() => createDesk(config).decide(broken));
    const fromLoaded = await issuesOf(() => desk.decide(broken));
    const lines = fromDecide.map(({ path, message }) => `${path}: ${message}`);
    expect(lines).toEqual([
      'order.total: must be a decimal string like "1799.00" (no sign, no exponent, at most 4 decimals)',
      'reasn: unknown field "reasn"; did you mean "reason"?',
      'order.placedAt: order.placedAt (2026-03-02) is after order.deliveredAt (2026-02-10); it must be on or before it',
      expect.stringMatching(/^agent\.level: no level "agnet" in the policy's escalation chain \(.*\); did you mean "agent"\?$/),
    ]);
    expect(fromLoaded).toEqual(fromDecide);
    const dir = await tempAcme();
    const file = join(dir, 'request.json');
    await writeFile(file, JSON.stringify(broken));
    const { stderr } = await runCli(['decide', acme, file]);
    for (const line of lines) expect(stderr).toContain(`${file}: ${line}`);
  });
});
