import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('\n## The ledger (`savedesk/ledger`)\n');
const ledgerSection = readme.slice(start, readme.indexOf('\n## ', start + 1));

describe('README: the ledger', () => {
  it('has its section, with every refusal of accept in its table, in the order accept checks them', () => {
    expect(start).toBeGreaterThan(-1);
    const codes = ['unknown-decision', 'already-decided', 'offer-not-made', 'approval-required', 'out-of-stock', 'customer-cap'];
    const rows = codes.map((code) => ledgerSection.indexOf(`| \`${code}\` |`));
    expect(rows.every((row) => row > 0)).toBe(true);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(ledgerSection).toContain('`ledger-unavailable`');
    expect(ledgerSection).toContain('`ledger-locked`');
  });

  it('names test files that exist as the proof of its guarantees', () => {
    const proofs = [...readme.matchAll(/`(test\/ledger\/[\w.-]+\.ts)`/g)].map((match) => match[1]!);
    expect(proofs.length).toBeGreaterThan(3);
    for (const file of proofs) expect(() => readFileSync(new URL(`../../${file}`, import.meta.url)), file).not.toThrow();
  });
});
