import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesk, SavedeskConfigError } from '../src/index';
import { loadCases } from '../src/node/cases';
import { loadClient } from '../src/node/loadClient';
import { tempAcme } from './fixtures/tempClient';
import { alwaysRule, config, request } from './support/builders';

/** A client whose rule on `watched` withholds discounts and guides the agent. */
const client = config({
  rules: [
    alwaysRule('keep-it-discount', { type: 'offer', params: { offer: 'disc-10' } }),
    {
      name: 'watched-no-discount',
      conditions: { all: [{ fact: 'watched', operator: 'equal', value: true }] },
      event: { type: 'exclude', params: { kind: 'discount', why: 'a suspected product fault is not discounted away' } },
    },
  ],
});
const watch = { entries: [{ sku: 'JACKET', reason: 'seam-split', note: 'batch 42', since: '2026-11-01' }] };

describe('a watch list at decision time', () => {
  it('flags a return of a watched SKU for the watched reason, and the rule on `watched` fires', async () => {
    const decision = await createDesk(client, { watch }).decide(request({ reason: { code: 'seam-split' } }), { trace: true });
    expect(decision.flags).toContain('recall-candidate');
    expect(decision.trace?.facts['watched']).toBe(true);
    expect(decision.offers).toEqual([]);
    expect(decision.withheld).toEqual([expect.objectContaining({ offerId: 'disc-10', why: 'excluded' })]);
  });

  it('does not flag another reason on the same SKU, nor the reason on another SKU', async () => {
    const desk = createDesk(client, { watch });
    const otherReason = await desk.decide(request({ reason: { code: 'too-small' } }));
    expect(otherReason.flags).not.toContain('recall-candidate');
    expect(otherReason.offers.map((offer) => offer.offerId)).toEqual(['disc-10']);
    const otherSku = await desk.decide(request({ lines: [{ sku: 'SOCKS', quantity: 1 }], reason: { code: 'seam-split' } }));
    expect(otherSku.flags).toEqual([]);
  });

  it('does not flag a return received before the entry\'s since-date', async () => {
    const later = { entries: [{ ...watch.entries[0]!, since: '2026-11-24' }] };
    const early = await createDesk(client, { watch: later }).decide(request({ reason: { code: 'seam-split' } }));
    expect(early.flags).toEqual([]);
  });

  it('without a watch list, nothing is watched', async () => {
    const decision = await createDesk(client).decide(request({ reason: { code: 'seam-split' } }), { trace: true });
    expect(decision.trace?.facts['watched']).toBe(false);
    expect(decision.flags).toEqual([]);
  });

  it('refuses a bad watch list with every problem and its path', () => {
    const bad = { entries: [{ sku: 'JACKET', reason: 'seam-split' }, { sku: 'JACKET', reason: 'seam-split' }, { sku: '', reason: 'x', colour: 'red' }] };
    expect(() => createDesk(client, { watch: bad })).toThrow(SavedeskConfigError);
    try {
      createDesk(client, { watch: bad });
    } catch (error) {
      expect((error as SavedeskConfigError).issues.map((issue) => [issue.code, issue.path])).toEqual([['too-small', 'watch.entries[2].sku'], ['unknown-key', 'watch.entries[2].colour']]);
    }
    try {
      createDesk(client, { watch: { entries: bad.entries.slice(0, 2) } });
    } catch (error) {
      expect((error as SavedeskConfigError).issues).toEqual([{ code: 'duplicate', path: 'watch.entries[1]', message: 'SKU "JACKET" with reason "seam-split" is watched more than once' }]);
    }
  });
});

describe('watch.json in a client folder', () => {
  it('is read by loadClient: a matching return is flagged; without the file nothing is', async () => {
    const dir = await tempAcme();
    const { desk: unwatched } = await loadClient(dir);
    const defect = (await loadCases(dir)).find((c) => c.case?.request.reason.code === 'defective')!.case!.request;
    expect((await unwatched.decide(defect)).flags).not.toContain('recall-candidate');
    const sku = defect.lines[0]!.sku;
    await writeFile(join(dir, 'watch.json'), JSON.stringify({ entries: [{ sku, reason: 'defective', note: 'frame cracks' }] }));
    const { desk } = await loadClient(dir);
    expect((await desk.decide(defect)).flags).toContain('recall-candidate');
  });

  it('names watch.json and the path of each problem in it', async () => {
    const dir = await tempAcme();
    await writeFile(join(dir, 'watch.json'), JSON.stringify({ entries: [{ sku: 'A', reason: 'r' }, { sku: 'A', reason: 'r' }, { sku: 'B' }] }));
    await expect(loadClient(dir)).rejects.toMatchObject({ issues: [{ file: join(dir, 'watch.json'), path: 'entries[2].reason' }] });
    await writeFile(join(dir, 'watch.json'), JSON.stringify({ entries: [{ sku: 'A', reason: 'r' }, { sku: 'A', reason: 'r' }] }));
    await expect(loadClient(dir)).rejects.toMatchObject({ issues: [{ file: join(dir, 'watch.json'), path: 'entries[1]' }] });
  });
});
