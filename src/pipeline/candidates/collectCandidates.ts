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

  const targets = eventTargets(fired, policy);
  const withheld: Withheld[] = [];
  const candidates: Candidate[] = [];
  for (const proposal of proposals.values()) {
    const { id, kind } = proposal.offer;
    const exclusion = first(targets.excluded.get(`offer:${id}`), targets.excluded.get(`kind:${kind}`), targets.excluded.get(ANY));
    if (exclusion !== undefined) {
      withheld.push({ offerId: id, why: 'excluded', detail: `${exclusion.why} (rule "${exclusion.rule}")` });
      continue;
    }
    const requiredLevel = Math.max(targets.level.get(`offer:${id}`) ?? -1, targets.level.get(`kind:${kind}`) ?? -1, targets.level.get(ANY) ?? -1);
    candidates.push(extend(proposal, { requiredLevel }));
  }
  return { candidates, withheld };
}

/** The key of an event that names neither an offer nor a kind: it applies to every offer. */
const ANY = 'any';

/** An `exclude` event that applies, with its place in firing order (the first that fired is the one reported). */
interface Exclusion {
  readonly order: number;
  readonly rule: string;
  readonly why: string;
}

/**
 * The `exclude` and `require-level` events by what they target (`offer:<id>`,
 * `kind:<kind>`, or every offer), built once per decision so each proposed
 * offer is three look-ups, not a scan of every fired rule: the first
 * exclusion in firing order, and the highest level required.
 */
function eventTargets(fired: readonly FiredRule[], policy: Policy): { excluded: Map<string, Exclusion>; level: Map<string, number> } {
  const excluded = new Map<string, Exclusion>();
  const level = new Map<string, number>();
  fired.forEach(({ rule, event }, order) => {
    if (event.type !== 'exclude' && event.type !== 'require-level') return;
    const { offer, kind } = event.params;
    // One event may name an offer and a kind: it applies to either.
    const keys = offer === undefined && kind === undefined ? [ANY] : [...(offer === undefined ? [] : [`offer:${offer}`]), ...(kind === undefined ? [] : [`kind:${kind}`])];
    for (const key of keys) {
      if (event.type === 'exclude') {
        if (!excluded.has(key)) excluded.set(key, { order, rule, why: event.params.why });
      } else {
        const levelId = event.params.level;
        level.set(key, Math.max(level.get(key) ?? -1, policy.levels.findIndex((l) => l.id === levelId)));
      }
    }
  });
  return { excluded, level };
}

/** The exclusion that fired first among those that apply. */
function first(...exclusions: Array<Exclusion | undefined>): Exclusion | undefined {
  let earliest: Exclusion | undefined;
  for (const exclusion of exclusions) if (exclusion !== undefined && (earliest === undefined || exclusion.order < earliest.order)) earliest = exclusion;
  return earliest;
}
