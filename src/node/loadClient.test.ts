import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acme, editJson, tempAcme } from '../../test/fixtures/tempClient';
import { SavedeskConfigError } from '../errors/SavedeskError';
import type { Rule } from '../schema/rule';
import { loadClient } from './loadClient';

/** The SavedeskConfigError `loadClient(dir)` rejects with. */
async function configError(dir: string, ...options: Parameters<typeof loadClient>[1][]): Promise<SavedeskConfigError> {
  const error = await loadClient(dir, ...options).then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(SavedeskConfigError);
  return error as SavedeskConfigError;
}

describe('loadClient', () => {
  it('merges client.json with every rules file, in file-name order, into a desk that decides', async () => {
    const { dir, config, desk } = await loadClient(acme);
    expect(dir).toBe(acme);
    expect(config.client.id).toBe('acme');
    expect(config.rules.map((rule) => rule.name)).toEqual(['too-firm-gets-a-topper', 'defects-go-to-quality', 'defect-gets-a-new-one']);
    expect(config.policy.maxOffers).toBe(3);
    expect(desk.clientId).toBe('acme');
  });

  it('names the rules file and the index inside it of an offer id not in the catalog', async () => {
    const dir = await tempAcme();
    await editJson<Rule[]>(join(dir, 'rules', 'defects.json'), (rules) => {
      rules[1]!.event = { type: 'offer', params: { offer: 'pct-50' } };
    });
    const error = await configError(dir);
    expect(error.issues).toEqual([{ code: 'unknown-offer', file: join(dir, 'rules', 'defects.json'), path: '[1].event.params.offer', message: 'no offer "pct-50" in the catalog' }]);
    expect(error.message).toContain(`\n  ${join(dir, 'rules', 'defects.json')}: [1].event.params.offer: no offer "pct-50" in the catalog`);
  });

  it('reports a file that is not JSON at its line and column', async () => {
    const dir = await tempAcme();
    await writeFile(join(dir, 'rules', 'comfort.json'), '[\n  { "name": "x", }\n]\n');
    const error = await configError(dir);
    expect(error.issues).toEqual([{ code: 'not-json', file: join(dir, 'rules', 'comfort.json'), path: '', message: 'not valid JSON at 2:18: unexpected "}"' }]);
  });

  it('reports every problem of every file at once', async () => {
    const dir = await tempAcme();
    await editJson<Record<string, unknown>>(join(dir, 'client.json'), (client) => ({ ...client, currency: 'usd', rules: [] }));
    await writeFile(join(dir, 'rules', 'comfort.json'), '[');
    await writeFile(join(dir, 'rules', 'defects.json'), '{ "name": "not a list" }');
    const error = await configError(dir);
    expect(error.issues.map(({ file, path }) => [file, path])).toEqual([
      [join(dir, 'client.json'), 'currency'],
      [join(dir, 'client.json'), 'rules'],
      [join(dir, 'rules', 'comfort.json'), ''],
      [join(dir, 'rules', 'defects.json'), ''],
    ]);
    expect(error.issues[1]!.message).toContain('unknown field "rules"');
    expect(error.issues[2]!.message).toBe('not valid JSON at 1:2: the text ends too early');
  });

  it('reports every cross-reference problem at once, each in its own file', async () => {
    const dir = await tempAcme();
    await editJson<Rule[]>(join(dir, 'rules', 'comfort.json'), (rules) => {
      rules[0]!.event = { type: 'offer', params: { offers: ['soft-topper', 'keep-20'] } };
    });
    await editJson<Rule[]>(join(dir, 'rules', 'defects.json'), (rules) => {
      rules[0]!.event = { type: 'require-level', params: { level: 'senior' } };
    });
    const error = await configError(dir);
    expect(error.issues).toEqual([
      { code: 'unknown-offer', file: join(dir, 'rules', 'comfort.json'), path: '[0].event.params.offers[1]', message: 'no offer "keep-20" in the catalog; did you mean "keep-10"?' },
      { code: 'unknown-level', file: join(dir, 'rules', 'defects.json'), path: '[0].event.params.level', message: expect.stringContaining('no level "senior" in the policy\'s escalation chain (') },
    ]);
  });

  it('keeps client.json paths as they are', async () => {
    const dir = await tempAcme();
    await editJson<{ policy: { channelLevels?: Record<string, string> } }>(join(dir, 'client.json'), (client) => {
      client.policy.channelLevels = { portal: 'portal' };
    });
    const error = await configError(dir);
    expect(error.issues).toEqual([{ code: 'unknown-level', file: join(dir, 'client.json'), path: 'policy.channelLevels.portal', message: expect.stringContaining('no level "portal" in the policy\'s escalation chain (') }]);
  });

  it('says when the folder has no client.json', async () => {
    const error = await configError(join(acme, 'missing'));
    expect(error.issues).toEqual([{ code: 'unreadable', file: join(acme, 'missing', 'client.json'), path: '', message: 'does not exist' }]);
  });

  it('accepts the facts a host registers, and only then', async () => {
    const dir = await tempAcme();
    await editJson<Rule[]>(join(dir, 'rules', 'comfort.json'), (rules) => {
      rules[0]!.conditions = { all: [{ fact: 'underWarranty', operator: 'equal', value: true }] };
    });
    const error = await configError(dir);
    expect(error.issues.map(({ file, path }) => [file, path])).toEqual([[join(dir, 'rules', 'comfort.json'), '[0].conditions.all[0].fact']]);
    const { config } = await loadClient(dir, { facts: { underWarranty: () => true } });
    expect(config.rules).toHaveLength(3);
  });
});
