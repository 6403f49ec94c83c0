import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built package as a user gets it: `pretest` runs `npm run build`, and Node resolves
// `savedesk` to this package through its own `exports` map.
const root = new URL('..', import.meta.url).pathname;
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
const probe = (load: string) =>
  `${load}; const desk = s.createDesk({ client: { id: 'c', name: 'C' }, currency: 'JPY', catalog: [], policy: { levels: [{ id: 'agent', maxCost: '500' }] }, rules: [] }); ` +
  `console.log([typeof n.loadClient, desk.clientId, new s.SavedeskInputError([]) instanceof s.SavedeskError].join(' '))`;

describe('the built package', () => {
  it('loads with require (CommonJS)', () => {
    expect(node(['-e', probe("const s = require('savedesk'), n = require('savedesk/node')")])).toBe('function c true');
  });

  it('loads with import (ESM)', () => {
    expect(node(['--input-type=module', '-e', probe("import * as s from 'savedesk'; import * as n from 'savedesk/node'")])).toBe('function c true');
  });

  it('shares one core between savedesk and savedesk/node, so errors are recognisable across them', () => {
    const check = "const s = require('savedesk'), n = require('savedesk/node'); n.loadClient('/nonexistent').catch((e) => console.log(e instanceof s.SavedeskConfigError))";
    expect(node(['-e', check])).toBe('true');
  });

  it('recognises its errors across the ESM and CommonJS builds, both ways', () => {
    const check =
      "import { createRequire } from 'node:module'; import * as esm from './dist/index.js'; const cjs = createRequire(import.meta.url)('./dist/index.cjs'); " +
      "const fromCjs = new cjs.SavedeskInputError([]), fromEsm = new esm.SavedeskConfigError([]); " +
      'console.log([fromCjs instanceof esm.SavedeskError, fromCjs instanceof esm.SavedeskInputError, fromCjs instanceof esm.SavedeskConfigError, ' +
      'fromEsm instanceof cjs.SavedeskError, fromEsm instanceof cjs.SavedeskConfigError, fromEsm instanceof cjs.SavedeskInputError, new Error() instanceof cjs.SavedeskError].join(" "))';
    expect(node(['--input-type=module', '-e', check])).toBe('true true false true true false false');
  });

  it('ships type declarations for both module systems, and savedesk/testing for ESM only', () => {
    for (const entry of ['index', 'node']) {
      for (const extension of ['d.ts', 'd.cts']) expect(existsSync(`${root}dist/${entry}.${extension}`), `${entry}.${extension}`).toBe(true);
    }
    expect(existsSync(`${root}dist/testing.d.ts`)).toBe(true);
    expect(existsSync(`${root}dist/testing.cjs`)).toBe(false);
  });

  it('imports only json-rules-engine, zod and decimal.js in the core (fastest-levenshtein is bundled)', () => {
    const library = readdirSync(`${root}dist`).filter((file) => /\.(c?js)$/.test(file) && !file.startsWith('cli.') && !file.startsWith('testing.'));
    const imported = new Set(library.flatMap((file) => [...readFileSync(`${root}dist/${file}`, 'utf8').matchAll(/(?:^import [^;]*?from |require\()['"]([^'".][^'"]*)['"]/gm)].map((match) => match[1]!)));
    expect([...imported].filter((name) => !name.startsWith('node:')).sort()).toEqual(['decimal.js', 'json-rules-engine', 'zod']);
  });

  it('packs its code, declarations and licence (prepack builds)', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
    const files = packed[0]!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/testing.js', 'dist/cli.js']));
  });
});
