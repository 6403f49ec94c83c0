import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built package (`pretest` builds it), resolved through its own `exports` map.
const root = new URL('../..', import.meta.url).pathname;
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
// A refusal from savedesk/ledger is a SavedeskError of savedesk: one core, shared.
const probe = (load: string) =>
  `${load}; l.openLedger('memory:').then((ledger) => ledger.decline({ clientId: 'c', requestId: 'r', at: '2026-11-23T10:00:00Z' }))` +
  `.catch((e) => console.log([e.code, e instanceof s.SavedeskError, typeof l.ConcessionSchema.parse].join(' ')))`;

describe('the built savedesk/ledger', () => {
  it('loads with require and with import, sharing the core with savedesk', () => {
    expect(node(['-e', probe("const s = require('savedesk'), l = require('savedesk/ledger')")])).toBe('unknown-decision true function');
    expect(node(['--input-type=module', '-e', probe("import * as s from 'savedesk'; import * as l from 'savedesk/ledger'")])).toBe('unknown-decision true function');
  });

  it('ships type declarations for both module systems', () => {
    for (const extension of ['d.ts', 'd.cts']) expect(existsSync(`${root}dist/ledger.${extension}`)).toBe(true);
  });

  it('loads a driver only for its scheme: a memory ledger loads neither pg nor PGlite', () => {
    const drivers = "Object.keys(require.cache).filter((f) => /node_modules.(pg|@electric-sql).pglite|node_modules.pg./.test(f)).length";
    const count = (url: string) => node(['-e', `require('savedesk/ledger').openLedger('${url}').then((l) => l.close(), () => {}).then(() => console.log(${drivers}))`]);
    expect(count('memory:')).toBe('0');
    expect(Number(count('postgres://x@127.0.0.1:1/x'))).toBeGreaterThan(0);
  });
});
