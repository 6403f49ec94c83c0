import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadClient } from '../../src/node/loadClient';
import type { ClientCase } from '../../src/schema/case';
import type { ClientConfig } from '../../src/schema/config';
import type { Rule } from '../../src/schema/rule';
import { acme, editJson, tempAcme } from '../fixtures/tempClient';
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
      'rank  offer           id       kind         cost USD  value USD  saving USD  approval',
      '   1  A new mattress  new-one  replacement    360.00     800.00      112.00  supervisor',
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

  it('keeps columns aligned on screen with wide labels, groups digits, wraps guidance, and colours only when the terminal takes it', async () => {
    const dir = await tempAcme();
    await editJson<ClientConfig>(join(dir, 'client.json'), (client) => {
      client.catalog[0]!.label = '柔らかいトッパー';
      client.policy.levels[1]!.maxCost = '1000000.00';
    });
    const guide = 'Ask Maja how she sleeps, then explain that the topper ships free within five working days.';
    await writeFile(join(dir, 'rules', 'extra.json'), JSON.stringify([
      { name: 'topper-procedure', conditions: { all: [{ fact: 'reason', operator: 'equal', value: 'too-firm' }] }, event: { type: 'guide', params: { text: guide } } },
    ]));
    const request = await caseRequest('too-firm');
    request.order.total = request.order.items[0]!.unitPrice = '1288923.75';
    const { stdout } = await runCli(['decide', dir, '-', '--format', 'table'], JSON.stringify(request), { width: 40 });
    const lines = stdout.split('\n');
    expect(lines[0]).toContain('return of 1,288,923.75 USD');
    const [header, topper, keep] = lines.slice(2, 5) as [string, string, string];
    // Where the id column starts on screen: the same on every row, a wide character counting two.
    const idColumn = (line: string, id: string) => stringWidth(line.slice(0, line.indexOf(id)));
    expect(idColumn(topper, 'soft-topper')).toBe(idColumn(header, ' id') + 1);
    expect(idColumn(keep, 'keep-10')).toBe(idColumn(header, ' id') + 1);
    expect(keep).toContain('128,892.38');
    const guidance = lines.slice(lines.indexOf('guidance:') + 1, lines.indexOf('follow-ups: none') - 1);
    expect(guidance.length).toBeGreaterThan(1);
    for (const line of guidance) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(guidance.map((line) => line.trim()).join(' ')).toBe(`${guide} (topper-procedure)`);
    expect(stdout).not.toMatch(/\u001b\[/);
    const coloured = await runCli(['decide', dir, '-', '--format', 'table'], JSON.stringify(request), { colour: true });
    expect(coloured.stdout).toMatch(/\u001b\[1mrank/);
    expect(stripVTControlCharacters(coloured.stdout)).toBe((await runCli(['decide', dir, '-', '--format', 'table'], JSON.stringify(request))).stdout);
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
