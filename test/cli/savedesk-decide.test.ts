import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClient } from '../../src/node/loadClient';
import type { ClientCase } from '../../src/schema/case';
import type { Rule } from '../../src/schema/rule';
import { acme, tempAcme } from '../fixtures/tempClient';
import { runCli } from './runCli';

async function caseRequest(name: string): Promise<ClientCase['request']> {
  return (JSON.parse(await readFile(join(acme, 'cases', `${name}.json`), 'utf8')) as ClientCase).request;
}

describe('savedesk decide', () => {
  it('prints the decision as JSON, the same as desk.decide, for a request file', async () => {
    const dir = await tempAcme();
    const request = await caseRequest('too-firm');
    const file = join(dir, 'request.json');
    await writeFile(file, JSON.stringify(request));
    const { code, stdout } = await runCli(['decide', acme, file]);
    const { desk } = await loadClient(acme);
    expect(JSON.parse(stdout)).toEqual(await desk.decide(request));
    expect(code).toBe(0);
  });

  it('reads the request from standard input with -, and traces on request', async () => {
    const { code, stdout } = await runCli(['decide', acme, '-', '--trace'], JSON.stringify(await caseRequest('too-firm')));
    expect(JSON.parse(stdout).trace.facts.reason).toBe('too-firm');
    expect(code).toBe(0);
  });

  it('prints a table for a person with --format table', async () => {
    const { code, stdout } = await runCli(['decide', acme, '-', '--format', 'table'], JSON.stringify(await caseRequest('defective')));
    expect(stdout.split('\n')).toEqual([
      'acme · request r-2 · return of 800.00 USD · loss if returned 500.00 · refund if declined 800.00',
      '',
      'rank  offer    kind         cost USD  value USD  saving USD    accepts  approval',
      '   1  new-one  replacement    360.00     800.00      112.00  80% prior  supervisor',
      '',
      'withheld: none',
      '',
      'guidance: none',
      '',
      'follow-ups: none',
      '',
      'flags:',
      '  quality-issue',
    ]);
    expect(code).toBe(0);
  });

  it('lists what was withheld, the guidance and the follow-ups in the table', async () => {
    const dir = await tempAcme();
    const tooFirm = { all: [{ fact: 'reason', operator: 'equal', value: 'too-firm' }] };
    const extra: Rule[] = [
      { name: 'no-discounts', conditions: tooFirm, event: { type: 'exclude', params: { kind: 'discount', why: 'the topper is enough' } } },
      { name: 'topper-procedure', conditions: tooFirm, event: { type: 'guide', params: { text: 'Tell {{customer.name}} the topper ships free.' } } },
      { name: 'topper-check', conditions: tooFirm, event: { type: 'follow-up', params: { afterDays: 14, channel: 'phone', purpose: 'check the topper' } } },
    ];
    await writeFile(join(dir, 'rules', 'extra.json'), JSON.stringify(extra));
    const { stdout } = await runCli(['decide', dir, '-', '--format', 'table'], JSON.stringify(await caseRequest('too-firm')));
    expect(stdout.split('\n').slice(4)).toEqual([
      '',
      'withheld:',
      '  keep-10  excluded  the topper is enough (rule "no-discounts")',
      '',
      'guidance:',
      '  Tell Maja the topper ships free. (topper-procedure)',
      '',
      'follow-ups:',
      '  after 14 days by phone: check the topper (topper-check)',
      '',
      'flags: none',
    ]);
  });

  it('names the request file in every problem with the request, and exits 2', async () => {
    const dir = await tempAcme();
    const file = join(dir, 'request.json');
    await writeFile(file, JSON.stringify({ ...(await caseRequest('too-firm')), lines: [{ sku: 'PILLOW', quantity: 1 }] }));
    const { code, stdout, stderr } = await runCli(['decide', acme, file]);
    expect(stderr).toBe(`The return request has 1 problem:\n  ${file}: lines[0].sku: SKU "PILLOW" is not in the order`);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('reports a request that is not JSON at its line and column', async () => {
    const { code, stderr } = await runCli(['decide', acme, '-'], '{\n  "id": "r-1",\n}');
    expect(stderr).toBe('The return request has 1 problem:\n  <stdin>: not valid JSON at 3:1: unexpected "}"');
    expect(code).toBe(2);
  });

  it('refuses an unknown format with a usage error', async () => {
    const { code, stderr } = await runCli(['decide', acme, '-', '--format', 'xml']);
    expect(stderr).toContain("argument 'xml' is invalid. Allowed choices are json, table.");
    expect(code).toBe(2);
  });
});
