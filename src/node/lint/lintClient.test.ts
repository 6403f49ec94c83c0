import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acme, editJson, tempAcme } from '../../../test/fixtures/tempClient';
import { SavedeskConfigError } from '../../errors/SavedeskError';
import type { ClientConfig } from '../../schema/config';
import type { Rule } from '../../schema/rule';
import { lintClient } from './lintClient';

const reasonIs = (...codes: string[]): Rule['conditions'] => ({ any: codes.map((value) => ({ fact: 'reason', operator: 'equal', value })) });

/** acme with an extra rules file and catalog offers that are each a likely mistake. */
async function acmeWithMistakes(): Promise<string> {
  const dir = await tempAcme();
  await editJson<ClientConfig>(join(dir, 'client.json'), (client) => {
    client.catalog.push(
      { id: 'gift-card', kind: 'store_credit', label: 'Store credit +5%', bonusPercent: 5 },
      { id: 'pillows', kind: 'upsell', label: 'Matching pillows' },
      { id: 'sold-out', kind: 'service', label: 'Setup help', unitCost: '30.00', stock: 0 },
    );
    client.policy.levels.splice(1, 0, { id: 'senior', maxCost: '300.00' });
  });
  const extra: Rule[] = [
    { name: 'pillows-for-everyone', conditions: { all: [] }, event: { type: 'offer', params: { offers: ['pillows', 'sold-out'] } } },
    { name: 'topper-for-defects', conditions: { all: [reasonIs('defective'), { not: reasonIs('too-firm') }] }, event: { type: 'offer', params: { offers: ['soft-topper', 'keep-10'] } } },
    { name: 'either-way', conditions: reasonIs('too-firm', 'defective'), event: { type: 'offer', params: { offer: 'new-one' } } },
    { name: 'too-firm-gets-a-topper', conditions: { all: [{ fact: 'underWarranty', operator: 'not:isTrue', value: null }] }, event: { type: 'flag', params: { flag: 'x' } } },
  ];
  await writeFile(join(dir, 'rules', 'extra.json'), JSON.stringify(extra));
  return dir;
}

describe('lintClient', () => {
  it('finds nothing in a clean client', async () => {
    expect(await lintClient(acme)).toEqual([]);
  });

  it('warns about each likely mistake, at its file and JSON path', async () => {
    const dir = await acmeWithMistakes();
    const warnings = await lintClient(dir);
    expect(warnings.map(({ file, path, message }) => `${file!.slice(dir.length + 1)}: ${path}: ${message}`)).toEqual([
      'client.json: catalog[3]: offer "gift-card" is in the catalog but no rule offers it',
      'client.json: policy.levels[1]: level "senior" is used nowhere: no channel acts at it, no rule requires it, no case\'s agent has it, and it is not the top of the chain',
      'rules/extra.json: [0].event.params.offers[0]: offer "pillows" is always withheld: upsell offers are suppressed on returns unless policy.allowSalesOffers is on',
      'rules/extra.json: [0].event.params.offers[1]: offer "sold-out" is always withheld: its stock is 0',
      'rules/extra.json: [1].event.params.offers[0]: offer "soft-topper" is always withheld: this rule fires only for reason defective, the offer is only for too-firm',
      'rules/extra.json: [3].conditions.all[0].fact: fact "underWarranty" is not one of savedesk\'s facts: the host must register it with createDesk(config, { facts })',
      'rules/extra.json: [3].conditions.all[0].operator: operator "isTrue" is not built in: the host must register it with createDesk(config, { operators })',
      'rules/extra.json: [3]: rule name "too-firm-gets-a-topper" appears more than once',
    ]);
  });

  it('counts a level a case\'s agent acts at as used', async () => {
    const dir = await acmeWithMistakes();
    await editJson<{ request: { agent: { level: string } } }>(join(dir, 'cases', 'too-firm.json'), (caseFile) => {
      caseFile.request.agent.level = 'senior';
    });
    expect((await lintClient(dir)).map((warning) => warning.path)).not.toContain('policy.levels[1]');
  });

  it('rejects a client that does not load, as loadClient would', async () => {
    const dir = await tempAcme();
    await editJson<Rule[]>(join(dir, 'rules', 'comfort.json'), (rules) => {
      rules[0]!.event = { type: 'offer', params: { offer: 'pct-50' } };
    });
    await expect(lintClient(dir)).rejects.toThrow(SavedeskConfigError);
  });
});
