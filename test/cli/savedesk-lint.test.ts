import { cp, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientConfig } from '../../src/schema/config';
import type { Rule } from '../../src/schema/rule';
import { acme, editJson, tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

describe('savedesk lint', () => {
  it('says so when there is nothing to warn about', async () => {
    expect(await runCli(['lint', acme])).toEqual({ code: 0, stdout: `✓ ${acme}: no warnings`, stderr: '' });
  });

  it('prints each warning with its file and JSON path; exits 1 on warnings only with --strict', async () => {
    const dir = await tempAcme();
    await editJson<ClientConfig>(join(dir, 'client.json'), (client) => {
      client.catalog.push({ id: 'gift-card', kind: 'store_credit', label: 'Store credit +5%', bonusPercent: 5 });
    });
    const expected = `! ${dir}: 1 warning\n  ${join(dir, 'client.json')}: catalog[3]: offer "gift-card" is in the catalog but no rule offers it`;
    expect(await runCli(['lint', dir])).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(await runCli(['lint', dir, '--strict'])).toEqual({ code: 1, stdout: expected, stderr: '' });
  });

  it('exits 2 when a folder does not exist', async () => {
    const { code, stderr } = await runCli(['lint', join(acme, 'missing')]);
    expect(stderr).toBe(`The client configuration has 1 problem:\n  ${join(acme, 'missing')}: does not exist`);
    expect(code).toBe(2);
  });

  it('lints every client folder below the folders, like test, and still lints the others when one does not load', async () => {
    const dir = await tempAcme();
    const second = join(dirname(dir), 'nested', 'second');
    const broken = join(dirname(dir), 'broken');
    await cp(dir, second, { recursive: true });
    await cp(dir, broken, { recursive: true });
    await writeFile(join(broken, 'client.json'), '{');
    await editJson<ClientConfig>(join(second, 'client.json'), (client) => {
      client.catalog.push({ id: 'gift-card', kind: 'store_credit', label: 'Store credit +5%', bonusPercent: 5 });
    });
    const { code, stdout, stderr } = await runCli(['lint', dirname(dir)]);
    expect(stdout.split('\n')).toEqual([
      `✓ ${dir}: no warnings`,
      `! ${second}: 1 warning`,
      `  ${join(second, 'client.json')}: catalog[3]: offer "gift-card" is in the catalog but no rule offers it`,
      '3 clients: 1 warning, 1 did not load',
    ]);
    expect(stderr).toContain(`✗ ${broken}: The client configuration has 1 problem:`);
    expect(code).toBe(2);
  });

  it('warns when a condition compares a fact with a value of another type, at the file and JSON path of the value', async () => {
    const dir = await tempAcme();
    const rules: Rule[] = [
      { name: 'big-returns', conditions: { all: [{ fact: 'returnValue', operator: 'greaterThan', value: 'lots' }] }, event: { type: 'flag', params: { flag: 'big' } } },
      { name: 'mattresses', conditions: { any: [{ fact: 'reason', operator: 'equal', value: 'too-firm' }, { fact: 'categories', operator: 'equal', value: 'mattress' }] }, event: { type: 'flag', params: { flag: 'bed' } } },
      { name: 'fine', conditions: { all: [{ fact: 'returnValue', operator: 'greaterThan', value: 100 }, { fact: 'categories', operator: 'contains', value: 'mattress' }, { fact: 'daysSinceDelivery', operator: 'equal', value: null }] }, event: { type: 'flag', params: { flag: 'ok' } } },
    ];
    await writeFile(join(dir, 'rules', 'types.json'), JSON.stringify(rules));
    const { code, stdout } = await runCli(['lint', dir]);
    const file = join(dir, 'rules', 'types.json');
    expect(stdout.split('\n').slice(1)).toEqual([
      `  ${file}: [0].conditions.all[0].value: fact "returnValue" is a number but greaterThan compares it with a string ("lots"): the condition never holds as meant`,
      `  ${file}: [1].conditions.any[1].value: fact "categories" is an array: equal compares the whole list, never one item; use contains`,
    ]);
    expect(code).toBe(0);
  });

  it('offers the fact or operator a misspelt name was probably meant to be', async () => {
    const dir = await tempAcme();
    const rules: Rule[] = [{ name: 'typos', conditions: { all: [{ fact: 'reasn', operator: 'equal', value: 'too-firm' }, { fact: 'reason', operator: 'greaterThn', value: 'a' }] }, event: { type: 'flag', params: { flag: 'x' } } }];
    await writeFile(join(dir, 'rules', 'typos.json'), JSON.stringify(rules));
    const { stdout } = await runCli(['lint', dir]);
    expect(stdout).toContain('[0].conditions.all[0].fact: fact "reasn" is not one of savedesk\'s facts: the host must register it with createDesk(config, { facts }) (did you mean "reason"?)');
    expect(stdout).toContain('[0].conditions.all[1].operator: operator "greaterThn" is not built in: the host must register it with createDesk(config, { operators }) (did you mean "greaterThan"?)');
  });

  it('warns when the customer cap is below a level\'s limit', async () => {
    const dir = await tempAcme();
    await editJson<ClientConfig>(join(dir, 'client.json'), (client) => {
      client.policy.customerCap = { windowDays: 90, maxCost: '250.00' };
    });
    const { stdout } = await runCli(['lint', dir]);
    expect(stdout.split('\n').slice(1)).toEqual([
      `  ${join(dir, 'client.json')}: policy.customerCap.maxCost: the customer cap's maxCost (250.00) is below the maxCost of "supervisor" (1000.00): no customer can be given more than the cap, whatever the level`,
    ]);
    await editJson<ClientConfig>(join(dir, 'client.json'), (client) => {
      client.policy.customerCap = { windowDays: 90, maxCost: '1000.00' };
    });
    expect((await runCli(['lint', dir])).stdout).toBe(`✓ ${dir}: no warnings`);
  });
});
