import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesk, SavedeskConfigError, type Decision } from '../../src/index';
import { config, request } from '../support/builders';
import { prototypeChanges, prototypeFingerprint } from '../support/hostile';

const prototypesBefore = prototypeFingerprint();
afterEach(() => expect(prototypeChanges(prototypesBefore)).toEqual([]));

const srcDir = fileURLToPath(new URL('../../src', import.meta.url));
/** Every shipped source file (tests are not shipped). */
const sourceFiles = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => join(srcDir, file));

/** A rule that flags `matched` when the request at `path` equals `value`. */
const pathRule = (path: string, value: unknown = 'c-1') => ({
  name: 'by-path',
  conditions: { all: [{ fact: 'request', path, operator: 'equal', value }] },
  event: { type: 'flag', params: { flag: 'matched' } },
});
const flagsFor = async (rule: object, options = {}): Promise<Decision['flags']> => (await createDesk(config({ rules: [rule] }), options).decide(request())).flags;

describe('rule files are data, never code', () => {
  it('ships no eval, and reaches the Function constructor only in the rule code generator', () => {
    expect(sourceFiles.length).toBeGreaterThan(20);
    // src/pipeline/rules/code/ turns rules into JavaScript: every value from a rule is passed in as an
    // argument, never written into the source (src/pipeline/rules/code/codeGeneration.test.ts holds it).
    const generator = join('pipeline', 'rules', 'code');
    const offenders = sourceFiles.flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
        const where = relative(srcDir, file);
        const evaluates = /\beval\s*\(/.test(line);
        const constructs = /\bnew\s+Function\b|(?<![\w.])Function\s*\(|\bglobalThis\s*\.\s*Function\b|\bnew\s+construct\b/.test(line);
        return evaluates || (constructs && !where.startsWith(generator)) ? [`${where}:${i + 1}: ${line.trim()}`] : [];
      }));
    expect(offenders).toEqual([]);
  });

  it('never hands a path to jsonpath-plus, whose filters can run code', () => {
    const importers = sourceFiles.filter((file) => /from ['"]jsonpath-plus['"]|require\(['"]jsonpath-plus['"]\)/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([]);
  });

  it.each([
    "$..[?(@.constructor.constructor('return process')())]",
    '$[(@.length-1)]',
    "$.customer[?(@.id=='c-1')]",
    '$.*',
    '$[*]',
    '$..id',
    '$.customer..id',
    "$['customer','order']",
    '$[0:2]',
    '$.customer.id()',
    '@.customer.id',
    'customer.id',
    '',
  ])('refuses the path %j at createDesk, naming it', (path) => {
    const issue = { code: 'unsafe-path', path: 'rules[0].conditions.all[0].path', message: expect.stringContaining(`path "${path}" is not allowed`) };
    expect(() => createDesk(config({ rules: [pathRule(path)] }))).toThrow(SavedeskConfigError);
    expect(() => createDesk(config({ rules: [pathRule(path)] }))).toThrow(expect.objectContaining({ issues: [issue] }));
  });

  it('refuses an unsafe path in a fact reference inside a condition value', () => {
    const rule = pathRule('$.customer.id', { fact: 'request', path: '$..id' });
    expect(() => createDesk(config({ rules: [rule] }))).toThrow(
      expect.objectContaining({ issues: [{ code: 'unsafe-path', path: 'rules[0].conditions.all[0].value.path', message: expect.stringContaining('path "$..id" is not allowed') }] }),
    );
  });

  it('follows the safe subset: .name, ["name"] and [index] steps', async () => {
    expect(await flagsFor(pathRule('$.customer.id'))).toEqual(['matched']);
    expect(await flagsFor(pathRule('$["order"].items[0]["sku"]', 'JACKET'))).toEqual(['matched']);
    expect(await flagsFor(pathRule("$['order']['items'][1].sku", 'SOCKS'))).toEqual(['matched']);
  });

  it.each(['$.constructor.name', '$.customer.__proto__.constructor.name', '$["constructor"]["name"]', '$.customer.hasOwnProperty'])(
    'reads own data only: %s finds nothing inherited',
    async (path) => {
      const decision = await createDesk(config({ rules: [pathRule(path, 'Object')] })).decide(request(), { trace: true });
      expect(decision.flags).toEqual([]);
      const [comparison] = (decision.trace!.rules[0]!.conditions as { all: Array<{ factResult?: unknown }> }).all;
      expect(comparison!.factResult).toBeUndefined();
    },
  );

  it('refuses a guidance placeholder outside the request, and fills an inherited one with nothing', async () => {
    const guide = (text: string) => ({ name: 'g', conditions: { all: [] }, event: { type: 'guide', params: { text } } });
    expect(() => createDesk(config({ rules: [guide('{{constructor.constructor}}')] }))).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'rules[0].event.params.text' })] }),
    );
    const decision = await createDesk(config({ rules: [guide('[{{customer.constructor}}][{{customer.__proto__}}]')] })).decide(request());
    expect(decision.guidance).toEqual([{ text: '[][]', rule: 'g' }]);
  });
});

describe('custom operators and facts come from code only', () => {
  const startsWith = (fact: unknown, value: unknown) => typeof fact === 'string' && fact.startsWith(String(value));
  const rule = (condition: object) => ({ name: 'custom', conditions: { all: [condition] }, event: { type: 'flag', params: { flag: 'matched' } } });
  const byOperator = rule({ fact: 'reason', operator: 'startsWith', value: 'too' });

  it('refuses a rule naming an operator the host did not register', () => {
    expect(() => createDesk(config({ rules: [byOperator] }))).toThrow(
      expect.objectContaining({ code: 'invalid-config', issues: [{ code: 'unknown-operator', path: 'rules[0].conditions.all[0].operator', message: 'no operator "startsWith"' }] }),
    );
    expect(() => createDesk(config({ rules: [rule({ fact: 'reason', operator: 'not:startsWith', value: 'too' })] }))).toThrow(SavedeskConfigError);
  });

  it('uses an operator registered from code, decorators included', async () => {
    expect(await flagsFor(byOperator, { operators: { startsWith } })).toEqual(['matched']);
    expect(await flagsFor(rule({ fact: 'reason', operator: 'not:startsWith', value: 'too' }), { operators: { startsWith } })).toEqual([]);
  });

  it('refuses a rule naming a fact the host did not register, and uses one registered from code', async () => {
    const byFact = rule({ fact: 'weather', operator: 'equal', value: 'rain' });
    expect(() => createDesk(config({ rules: [byFact] }))).toThrow(
      expect.objectContaining({ issues: [{ code: 'unknown-fact', path: 'rules[0].conditions.all[0].fact', message: expect.stringContaining('no fact "weather"') }] }),
    );
    expect(await flagsFor(byFact, { facts: { weather: () => 'rain' } })).toEqual(['matched']);
  });

  it('gives a config no way to register operators or facts itself', () => {
    const smuggled = { ...config(), operators: { startsWith: 'return true' }, facts: { weather: 'rain' } };
    expect(() => createDesk(smuggled)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'unknown-key', path: 'operators' }), expect.objectContaining({ code: 'unknown-key', path: 'facts' })] }));
  });
});
