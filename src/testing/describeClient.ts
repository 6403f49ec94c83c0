import { join } from 'node:path';
import { describe, test } from 'vitest';
import type { DeskOptions } from '../desk';
import { caseReport } from '../node/caseReport';
import { loadCases } from '../node/cases';
import { clientLayout, folderName } from '../node/clientFolder';
import { loadClient } from '../node/loadClient';
import { runCase } from '../node/runCase';

/**
 * Declares a vitest suite for a client folder, named after the folder, with
 * one test per case file (`cases/*.json`), named after the case. A case fails
 * with the same report as `savedesk test`: the mismatches with their file and
 * JSON path, the offers made and the rules that fired. A folder that does
 * not load is one failing test that lists every problem.
 * @param dir the client folder, e.g. `rules/acme`.
 * @param options custom facts and operators the client's rules use, as for `createDesk`.
 * @example
 * ```ts
 * // test/rules.test.ts
 * import { describeClient } from 'savedesk/testing';
 *
 * describeClient('rules/acme');
 * ```
 */
export function describeClient(dir: string, options: DeskOptions = {}): void {
  describe(folderName(dir), async () => {
    const loading = loadClient(dir, options);
    // Collection must not fail on a broken folder: the error belongs in a test's result.
    const client = await loading.catch(() => null);
    if (!client) {
      test(`${clientLayout.clientFile} and ${clientLayout.rulesDir}/ load`, async () => {
        await loading;
      });
      return;
    }
    const cases = await loadCases(dir);
    if (cases.length === 0) test.todo(`add cases to ${join(dir, clientLayout.casesDir)}`);
    for (const caseFile of cases) {
      test(caseFile.name, async () => {
        const result = await runCase(client.desk, caseFile);
        if (!result.passed) throw new Error([`${result.name} (${result.file})`, ...caseReport(result)].join('\n'));
      });
    }
  });
}
