/**
 * Paths as json-rules-engine reads them with its own resolver (jsonpath-plus):
 * savedesk's resolver, used by the compiled rules and the engine alike, must
 * find the same value for every path of the safe subset, including steps into
 * a text (`.length`, `[0]`) and indexes with leading zeros.
 */
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { parsePath, resolvePath } from '../src/pipeline/rules/path';

const request = {
  reason: { code: 'too-small', note: '' },
  customer: { id: 'c-1', name: 'Ada', tags: ['vip', 'press'], '01': 'key one' },
  order: { items: [{ sku: 'JACKET', quantity: 1 }, { sku: 'SOCKS', quantity: 2 }], total: 250 },
  lines: [{ sku: 'JACKET', quantity: 1 }],
};

const paths = [
  '$.reason.code.length', '$.reason.code[0]', '$.reason.code[8]', '$.reason.code[9]', '$.reason.note.length', '$.customer.name[0]',
  '$.customer.name[2]', '$.customer.name.length', '$.customer.tags.length', '$.customer.tags[1].length', '$.customer.tags[1][0]',
  '$.order.items[01].sku', '$.order.items[00].sku', '$.order.items[1].sku', '$.customer["01"]', '$.customer[01]', '$.customer.tags[001]',
  '$.order.items.length', '$.order.total.length', '$.order.items[0].sku.length', '$["order"]["items"][0]["sku"]', '$.missing.length',
  '$.reason.code.toUpperCase', '$.customer.name.constructor',
];

/** The value json-rules-engine's own path resolver finds: caught by an operator that accepts anything. */
async function engineReads(path: string): Promise<unknown> {
  let seen: unknown = 'not read';
  const engine = new Engine([{ conditions: { all: [{ fact: 'request', path, operator: 'capture', value: null }] }, event: { type: 'x' } }], { allowUndefinedFacts: true });
  engine.addOperator('capture', (factValue: unknown) => {
    seen = factValue;
    return true;
  });
  await engine.run({ request });
  return seen;
}

describe('paths read as json-rules-engine reads them', () => {
  it.each(paths)('%s', async (path) => {
    const steps = parsePath(path);
    expect(steps).not.toBeNull();
    expect(resolvePath(request, steps!)).toEqual(await engineReads(path));
  });
});
