import { checkCase } from '../cases/checkCase';
import type { Desk } from '../desk';
import { joinPath, type Issue } from '../errors/issue';
import { SavedeskError, SavedeskInputError } from '../errors/SavedeskError';
import type { CaseExpectation } from '../schema/case';
import type { Decision } from '../schema/decision';
import type { CaseFile } from './cases';

/** How one case came out. */
export interface CaseResult {
  /** Path of the case file. */
  readonly file: string;
  /** The case's name. */
  readonly name: string;
  /** True when the decision is what the case expects. */
  readonly passed: boolean;
  /**
   * Why it failed: each mismatch with its path in the case file
   * (`expect.offers`, `expect.withheld["keep-10"]`), or the problems with the
   * case file or its request (`request.lines[0].sku`). Empty when it passed.
   */
  readonly issues: readonly Issue[];
  /** What the case expects, when the file could be read. */
  readonly expect?: CaseExpectation;
  /** The decision, traced, when one was made. */
  readonly decision?: Decision;
}

/**
 * Decides a case's request (with `trace`, so a failure can show the rules
 * that fired) and checks the decision with `checkCase`. A case file that
 * could not be read, or a request the desk refuses, is a failed case.
 */
export async function runCase(desk: Desk, caseFile: CaseFile): Promise<CaseResult> {
  const { file, name } = caseFile;
  if (!caseFile.case) return { file, name, passed: false, issues: caseFile.issues };
  const { request, expect } = caseFile.case;
  try {
    const decision = await desk.decide(request, { trace: true });
    const issues = checkCase(decision, expect).map((mismatch) => ({ ...mismatch, file, path: joinPath('expect', mismatch.path) }));
    return { file, name, passed: issues.length === 0, issues, expect, decision };
  } catch (error) {
    if (!(error instanceof SavedeskError)) throw error;
    const issues = error instanceof SavedeskInputError ? error.issues.map((issue) => ({ ...issue, file, path: joinPath('request', issue.path) })) : error.issues;
    return { file, name, passed: false, issues, expect };
  }
}
