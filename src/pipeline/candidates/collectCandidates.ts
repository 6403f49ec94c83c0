import type { Withheld } from '../../schema/decision';
import type { Offer } from '../../schema/offer';
import type { Policy } from '../../schema/policy';
import type { FiredRule } from '../rules/RulesOutcome';
import type { Candidate } from './Candidate';
import { extend } from '../../util/extend';

interface Proposal {
  offer: Offer;
  because: string[];
  weight: number;
  goodwill: boolean;
}

/**
 * Stage 4: turns fired `offer` events into candidates (in firing order), then
 * applies `exclude` (→ withheld as `excluded`) and `require-level` events.
 * Several rules proposing one offer merge: every rule is named in `because`,
 * the largest weight counts, and goodwill from any of them holds.
 */
export function collectCandidates(
  fired: readonly FiredRule[],
  catalog: ReadonlyMap<string, Offer>,
  policy: Policy,
): { candidates: Candidate[]; withheld: Withheld[] } {
  const proposals = new Map<string, Proposal>();
  for (const { rule, event } of fired) {
    if (event.type !== 'offer') continue;
    for (const id of event.params.offers ?? [event.params.offer!]) {
      const proposal = proposals.get(id) ?? { offer: catalog.get(id)!, because: [], weight: 0, goodwill: false };
      proposal.because.push(rule);
      proposal.weight = Math.max(proposal.weight, event.params.weight ?? 1);
      proposal.goodwill ||= event.params.goodwill === true;
      proposals.set(id, proposal);
    }
  }

  const withheld: Withheld[] = [];
  const candidates: Candidate[] = [];
  for (const proposal of proposals.values()) {
    const matches = (target: { offer?: string; kind?: string }) =>
      target.offer === proposal.offer.id || target.kind === proposal.offer.kind || (target.offer === undefined && target.kind === undefined);
    const exclusion = fired.find(({ event }) => event.type === 'exclude' && matches(event.params));
    if (exclusion?.event.type === 'exclude') {
      withheld.push({ offerId: proposal.offer.id, why: 'excluded', detail: `${exclusion.event.params.why} (rule "${exclusion.rule}")` });
      continue;
    }
    let requiredLevel = -1;
    for (const { event } of fired) {
      if (event.type === 'require-level' && matches(event.params)) {
        requiredLevel = Math.max(requiredLevel, policy.levels.findIndex((level) => level.id === event.params.level));
      }
    }
    candidates.push(extend(proposal, { requiredLevel }));
  }
  return { candidates, withheld };
}
