import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

const committed = 'schemas';

async function json(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** The bundled files each schema is for. */
async function bundled(): Promise<Record<string, string[]>> {
  const clients = (await readdir('rules')).map((name) => join('rules', name));
  const under = async (dir: string) => (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json')).map((name) => join(dir, name));
  return {
    'client.schema.json': clients.map((dir) => join(dir, 'client.json')),
    'rules.schema.json': (await Promise.all(clients.map((dir) => under(join(dir, 'rules'))))).flat(),
    'case.schema.json': (await Promise.all(clients.map((dir) => under(join(dir, 'cases'))))).flat(),
    'request.schema.json': await under(join('examples', 'requests')),
    'watch.schema.json': (await Promise.all(clients.map((dir) => readdir(dir).then((names) => names.filter((name) => name === 'watch.json').map((name) => join(dir, name)))))).flat(),
  };
}

function validator(schema: unknown) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema as object);
}

describe('savedesk schema', () => {
  it('writes exactly the schemas committed in schemas/ (regenerate with `npx savedesk schema` when this fails)', async () => {
    const out = join(await tempAcme(), 'schemas');
    const { code, stdout } = await runCli(['schema', out]);
    expect(code).toBe(0);
    const names = ['client.schema.json', 'rules.schema.json', 'case.schema.json', 'request.schema.json', 'acceptance.schema.json', 'watch.schema.json'];
    expect(stdout.split('\n')).toEqual(names.map((name) => `wrote ${join(out, name)}`));
    expect((await readdir(committed)).sort()).toEqual([...names].sort());
    for (const name of names) expect(await readFile(join(out, name), 'utf8'), name).toBe(await readFile(join(committed, name), 'utf8'));
  });

  it('gives editors schemas that accept every bundled client, rules file, case and request', async () => {
    for (const [name, files] of Object.entries(await bundled())) {
      expect(files.length, name).toBeGreaterThan(0);
      const validate = validator(await json(join(committed, name)));
      for (const file of files) expect(validate(await json(file)) ? [] : validate.errors, file).toEqual([]);
    }
  });

  it('gives editors a client schema that catches a typo', async () => {
    const validate = validator(await json(join(committed, 'client.schema.json')));
    const client = (await json('rules/nordhem/client.json')) as { policy: Record<string, unknown> };
    client.policy.maxOfers = 2;
    expect(validate(client)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/policy', keyword: 'additionalProperties', params: { additionalProperty: 'maxOfers' } }));
  });

  it('reports a folder it cannot write to in one line, without a stack trace', async () => {
    const file = join(await tempAcme(), 'a-file');
    await writeFile(file, '');
    const { code, stdout, stderr } = await runCli(['schema', file]);
    expect(stderr).toMatch(/^savedesk stopped on an unexpected error: EEXIST: file already exists, mkdir '.*a-file'$/);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});
