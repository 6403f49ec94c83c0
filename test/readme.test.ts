import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as savedesk from '../src/index';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The body of the section headed `## title`. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README', () => {
  it('has a quickstart that runs as written and prints what it says', async () => {
    const code = /```ts\n([\s\S]*?)```/.exec(section('Quickstart'))![1]!;
    expect(code.trimEnd().split('\n').length).toBeLessThanOrEqual(20);
    const body = code.replace(/^import .* from 'savedesk';$/m, '');
    const logged: unknown[] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    await new AsyncFunction('createDesk', 'console', body)(savedesk.createDesk, { log: (value: unknown) => logged.push(value) });
    expect(logged).toEqual([expect.objectContaining({ rank: 1, offerId: 'soft-cushions', cost: '45.00', customerValue: '180.00', approval: null })]);
  });

  it('lists every fact in its facts table', () => {
    const table = section('Facts');
    for (const fact of savedesk.factNames) expect(table).toContain(`| \`${fact}\` |`);
  });

  it('lists every offer kind and every withheld reason', () => {
    for (const kind of savedesk.offerKinds) expect(section('Offer kinds')).toContain(`\`${kind}\``);
    for (const why of ['excluded', 'constraint', 'sales-suppressed', 'not-cost-effective', 'over-limit', 'customer-cap', 'out-of-stock', 'not-selected']) {
      expect(section('The decision')).toContain(`\`${why}\``);
    }
  });

  it('shows the two commands for a fresh clone', () => {
    expect(section('Two commands')).toContain('npm install && npm run demo');
    expect(section('Two commands')).toContain('npm test');
  });
});
