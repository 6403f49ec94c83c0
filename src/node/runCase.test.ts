import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acme, editJson, tempAcme } from '../../test/fixtures/tempClient';
import type { ClientCase } from '../schema/case';
import { loadCases } from './cases';
import { loadClient } from './loadClient';
import { runCase } from './runCase';

/** Every case of a folder, run. */
async function runAll(dir: string) {
  const { desk } = await loadClient(dir);
  return Promise.all((await loadCases(dir)).map((caseFile) => runCase(desk, caseFile)));
}

describe('loadCases and runCase', () => {
  it('pass the cases a folder states correctly, in file-name order, with a traced decision', async () => {
    const results = await runAll(acme);
    expect(results.map(({ name, passed }) => [name, passed])).toEqual([
      ['sagging mattress gets a new one, approved by a supervisor', true],
      ['too firm gets a topper', true],
    ]);
    expect(results[1]!.decision?.trace?.rules.filter((rule) => rule.fired).map((rule) => rule.rule)).toEqual(['too-firm-gets-a-topper']);
  });

  it('fail a case with each mismatch at its JSON path in the case file', async () => {
    const dir = await tempAcme();
    const file = join(dir, 'cases', 'too-firm.json');
    await editJson<ClientCase>(file, (caseFile) => {
      caseFile.expect = { offers: ['keep-10', 'soft-topper'], withheld: { 'new-one': 'constraint' } };
    });
    const [, result] = await runAll(dir);
    expect(result!.passed).toBe(false);
    expect(result!.issues.map(({ file, path }) => [file, path])).toEqual([
      [file, 'expect.offers'],
      [file, 'expect.withheld["new-one"]'],
    ]);
  });

  it('fail a case whose request the desk refuses, naming the request path', async () => {
    const dir = await tempAcme();
    const file = join(dir, 'cases', 'too-firm.json');
    await editJson<ClientCase>(file, (caseFile) => {
      caseFile.request.lines = [{ sku: 'PILLOW', quantity: 1 }];
    });
    const [, result] = await runAll(dir);
    expect(result!.issues).toEqual([{ code: 'line-not-in-order', file, path: 'request.lines[0].sku', message: 'SKU "PILLOW" is not in the order' }]);
  });

  it('fail a case file that is not a case, without stopping the others', async () => {
    const dir = await tempAcme();
    const file = join(dir, 'cases', 'defective.json');
    await editJson<Record<string, unknown>>(file, (caseFile) => ({ ...caseFile, expect: {}, expected: {} }));
    await writeFile(join(dir, 'cases', 'notes.txt'), 'not a case: only *.json files are cases');
    const [broken, other] = await runAll(dir);
    expect(broken).toMatchObject({ name: 'defective', passed: false });
    expect(broken!.issues.map(({ path, message }) => [path, message])).toEqual([
      ['expect', 'give at least one of "offers", "withheld", "flags" or "approval"'],
      ['expected', 'unknown field "expected"; did you mean "expect"?'],
    ]);
    expect(other!.passed).toBe(true);
  });
});
