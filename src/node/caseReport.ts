import { describeIssue } from '../errors/SavedeskError';
import type { DecidedOffer } from '../schema/decision';
import type { CaseResult } from './runCase';

/**
 * A failed case for a person, one line each: what differs (file and JSON
 * path), the offers made in rank order, and the rules that fired.
 */
export function caseReport(result: CaseResult): string[] {
  const lines = result.issues.map(describeIssue);
  const { decision } = result;
  if (decision) {
    lines.push(`  offers made: ${decision.offers.length === 0 ? 'none' : decision.offers.map(describeOffer).join(', ')}`);
    const fired = decision.trace?.rules.filter((rule) => rule.fired).map((rule) => rule.rule) ?? [];
    lines.push(`  rules fired: ${fired.length === 0 ? 'none' : fired.join(', ')}`);
  }
  return lines;
}

function describeOffer(offer: DecidedOffer): string {
  return `${offer.rank}. ${offer.offerId}${offer.approval ? ` (approval: ${offer.approval.level})` : ''}`;
}
