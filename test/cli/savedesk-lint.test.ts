import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientConfig } from '../../src/schema/config';
import { acme, editJson, tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

describe('savedesk lint', () => {
  it('says so when there is nothing to warn about', async () => {
    expect(await runCli(['lint', acme])).toEqual({ code: 0, stdout: `${acme}: no warnings`, stderr: '' });
  });

  it('prints each warning with its file and JSON path; exits 1 on warnings only with --strict', async () => {
    const dir = await tempAcme();
    await editJson<ClientConfig>(join(dir, 'client.json'), (client) => {
      client.catalog.push({ id: 'gift-card', kind: 'store_credit', label: 'Store credit +5%', bonusPercent: 5 });
    });
    const expected = `${dir}: 1 warning\n  ${join(dir, 'client.json')}: catalog[3]: offer "gift-card" is in the catalog but no rule offers it`;
    expect(await runCli(['lint', dir])).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(await runCli(['lint', dir, '--strict'])).toEqual({ code: 1, stdout: expected, stderr: '' });
  });

  it('exits 2 when the client does not load', async () => {
    const { code, stderr } = await runCli(['lint', join(acme, 'missing')]);
    expect(stderr).toBe(`The client configuration has 1 problem:\n  ${join(acme, 'missing', 'client.json')}: does not exist`);
    expect(code).toBe(2);
  });
});
