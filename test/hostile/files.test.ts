import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SavedeskConfigError } from '../../src/index';
import { loadClient } from '../../src/node/index';
import { propertyParameters } from '../support/arbitraries';
import { editJson, tempAcme } from '../fixtures/tempClient';
import { prototypeChanges, prototypeFingerprint, settle, tenMegabytes } from '../support/hostile';

const prototypesBefore = prototypeFingerprint();
afterEach(() => expect(prototypeChanges(prototypesBefore)).toEqual([]));

/** Files are slower than values: a tenth of the runs, at least 50. */
const fileRuns = { ...propertyParameters, numRuns: Math.max(50, Math.floor(propertyParameters.numRuns / 10)) };

/** The issues `loadClient` refused the folder with, as `file: path: message` relative to the folder. */
async function refusal(dir: string): Promise<string[]> {
  const settled = await settle(() => loadClient(dir));
  if (!('refused' in settled)) throw new Error('expected loadClient to refuse the folder');
  expect(settled.refused).toBeInstanceOf(SavedeskConfigError);
  return settled.refused.issues.map((issue) => `${issue.file?.slice(dir.length + 1)}: ${issue.path}: ${issue.message}`);
}

const firstRulesFile = async (dir: string) => join(dir, 'rules', (await readdir(join(dir, 'rules'))).sort()[0]!);

describe('hostile files: loadClient answers with a SavedeskConfigError naming the file, or a working desk', () => {
  it('refuses any text that is not a client.json, naming client.json', async () => {
    const dir = await tempAcme();
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((value) => JSON.stringify(value)));
    await fc.assert(
      fc.asyncProperty(text, async (content) => {
        await writeFile(join(dir, 'client.json'), content);
        const issues = await refusal(dir);
        expect(issues.every((issue) => issue.startsWith('client.json: '))).toBe(true);
      }),
      fileRuns,
    );
  });

  it('refuses any text that is not a rules file, naming that file', async () => {
    const dir = await tempAcme();
    const file = await firstRulesFile(dir);
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().filter((value) => !Array.isArray(value) || value.length > 0).map((value) => JSON.stringify(value)));
    await fc.assert(
      fc.asyncProperty(text, async (content) => {
        await writeFile(file, content);
        const issues = await refusal(dir);
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.every((issue) => issue.startsWith(`rules/${file.split('/').at(-1)}: `))).toBe(true);
      }),
      fileRuns,
    );
  });

  it.each([
    ['an empty file', ''],
    ['a truncated file', '{"client": {"id": "acme"'],
    ['a trailing comma', '{"client": {"id": "acme", "name": "Acme",}}'],
    ['a comment', '// the client\n{}'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['a NUL byte', '{"client":\u0000}'],
  ])('refuses a client.json with %s', async (_, content) => {
    const dir = await tempAcme();
    await writeFile(join(dir, 'client.json'), content);
    expect((await refusal(dir))[0]).toMatch(/^client\.json: : /);
  });

  it('refuses a rules file nested 100,000 levels deep without overflowing the stack', async () => {
    const dir = await tempAcme();
    const file = await firstRulesFile(dir);
    await writeFile(file, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(await refusal(dir)).toEqual([`rules/${file.split('/').at(-1)}: : nested deeper than 31 levels`]);
    await writeFile(file, `${'{"a":'.repeat(100_000)}0${'}'.repeat(100_000)}`);
    expect(await refusal(dir)).toHaveLength(1);
  });

  it('refuses a 10 MB name in client.json at its path', async () => {
    const dir = await tempAcme();
    await editJson<{ client: { name: string } }>(join(dir, 'client.json'), (client) => {
      client.client.name = tenMegabytes;
    });
    expect(await refusal(dir)).toEqual(['client.json: client.name: must have at most 200 characters']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" keys in client.json and in a rules file as unknown fields', async (key) => {
    const dir = await tempAcme();
    const hostile = `"${key}": {"polluted": true}, `;
    const addKey = async (file: string, edit: (text: string) => string) => writeFile(file, edit(await readFile(file, 'utf8')));
    await addKey(join(dir, 'client.json'), (text) => text.replace('{', `{${hostile}`).replace('"policy": {', `"policy": {${hostile}`));
    const file = await firstRulesFile(dir);
    await addKey(file, (text) => text.replace('{', `{${hostile}`));
    expect(await refusal(dir)).toEqual(expect.arrayContaining([
      `client.json: ${key}: unknown field "${key}"; the fields here are "$schema", "client", "currency", "reasons", "catalog", "policy"`,
      expect.stringMatching(new RegExp(`^client\\.json: policy\\.${key}: unknown field "${key}"`)),
      expect.stringMatching(new RegExp(`^rules/${file.split('/').at(-1)}: \\[0\\]\\.${key}: unknown field "${key}"`)),
    ]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats prototype keys inside a condition value as plain data, and still decides', async () => {
    const dir = await tempAcme();
    const value = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}';
    const rule = `{"name": "odd", "conditions": {"all": [{"fact": "reason", "operator": "equal", "value": ${value}}]}, "event": {"type": "flag", "params": {"flag": "odd"}}}`;
    await writeFile(join(dir, 'rules', 'zz-odd.json'), `[${rule}]`);
    const { config, desk } = await loadClient(dir);
    expect(config.rules.at(-1)!.name).toBe('odd');
    expect(desk.clientId).toBe('acme');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
