import { formatPath, type Issue } from '../errors/issue';
import { messages } from '../errors/messages';
import type { CaseExpectation } from '../schema/case';
import type { Decision } from '../schema/decision';

/**
 * One way a decision differs from what its case expects. `path` points into
 * the expectation (`offers`, `withheld["keep-10"]`, `approval["full-replacement"]`, `flags`).
 */
export interface CaseMismatch extends Issue {
  /** What the case expects at `path`. */
  readonly expected: unknown;
  /**
   * What the decision has there: the offer ids or flags; the `why` an offer
   * was withheld for, `"offered"`, or null when no rule proposed it; the
   * approving level, null when none is needed, or undefined when not offered.
   */
  readonly actual: unknown;
}

/**
 * Compares a decision with what a case expects and returns every mismatch
 * (none: the case passes). Only the keys the expectation gives are checked:
 *
 * - `offers`: exactly these offer ids, in rank order;
 * - `withheld`: each listed offer is withheld with that `why` (others may or may not be);
 * - `flags`: the same set of flags, in any order;
 * - `approval`: each listed offer is offered, needing that level's approval (null: none).
 */
export function checkCase(decision: Decision, expect: CaseExpectation): CaseMismatch[] {
  return [...offersMismatch(decision, expect), ...withheldMismatches(decision, expect), ...flagsMismatch(decision, expect), ...approvalMismatches(decision, expect)];
}

function offersMismatch(decision: Decision, expect: CaseExpectation): CaseMismatch[] {
  if (expect.offers === undefined) return [];
  const actual = decision.offers.map((offer) => offer.offerId);
  return sameList(expect.offers, actual) ? [] : [{ code: 'case-mismatch', path: 'offers', message: messages.listsDiffer(expect.offers, actual), expected: expect.offers, actual }];
}

function withheldMismatches(decision: Decision, expect: CaseExpectation): CaseMismatch[] {
  return Object.entries(expect.withheld ?? {}).flatMap(([offerId, why]) => {
    const withheld = decision.withheld.find((entry) => entry.offerId === offerId);
    if (withheld?.why === why) return [];
    const offered = decision.offers.find((offer) => offer.offerId === offerId);
    const [actual, actually] = withheld
      ? [withheld.why, messages.wasWithheld(withheld.why, withheld.detail)]
      : offered
        ? ['offered', messages.wasOffered(offered.rank)]
        : [null, messages.wasNoCandidate];
    return [{ code: 'case-mismatch', path: formatPath(['withheld', offerId]), message: messages.notWithheldAs(offerId, why, actually), expected: why, actual }];
  });
}

function flagsMismatch(decision: Decision, expect: CaseExpectation): CaseMismatch[] {
  if (expect.flags === undefined) return [];
  const expected = [...new Set(expect.flags)].sort();
  const actual = [...new Set(decision.flags)].sort();
  return sameList(expected, actual) ? [] : [{ code: 'case-mismatch', path: 'flags', message: messages.listsDiffer(expected, actual), expected: expect.flags, actual: decision.flags }];
}

function approvalMismatches(decision: Decision, expect: CaseExpectation): CaseMismatch[] {
  return Object.entries(expect.approval ?? {}).flatMap(([offerId, level]) => {
    const offered = decision.offers.find((offer) => offer.offerId === offerId);
    const actual = offered ? (offered.approval?.level ?? null) : undefined;
    if (actual === level) return [];
    const actually = actual === undefined ? messages.wasNotOffered : actual === null ? messages.needsNoApproval : messages.needsApproval(actual);
    return [{ code: 'case-mismatch', path: formatPath(['approval', offerId]), message: messages.approvalDiffers(offerId, level, actually), expected: level, actual }];
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
