import type { PreparedOffer } from '../../prepared/PreparedOffer';
import type { Withheld } from '../../schema/decision';
import type { Policy } from '../../schema/policy';
import type { FiredRule } from '../rules/RulesOutcome';
import { newCandidate, type Candidate } from './Candidate';

/**
 * Stage 4: turns fired `offer` events into candidates (in firing order), then
 * applies `exclude` (→ withheld as `excluded`) and `require-level` events.
 * Several rules proposing one offer merge: every rule is named in `because`,
 * the largest weight counts, and goodwill from any of them holds.
 */
export function collectCandidates<A>(
  fired: readonly FiredRule[],
  catalog: ReadonlyMap<string, PreparedOffer>,
  policy: Policy,
  zero: A,
): { candidates: Candidate<A>[]; withheld: Withheld[] } {
  const proposals = new Map<PreparedOffer, Candidate<A>>();
  let targeted = false;
  for (const { rule, event } of fired) {
    if (event.type !== 'offer') {
      targeted ||= event.type === 'exclude' || event.type === 'require-level';
      continue;
    }
    const { offers, offer, weight = 1, goodwill } = event.params;
    for (const id of offers ?? [offer!]) {
      const prepared = catalog.get(id)!;
      let proposal = proposals.get(prepared);
      if (proposal === undefined) proposals.set(prepared, (proposal = newCandidate(prepared, zero)));
      proposal.because.push(rule);
      if (weight > proposal.weight) proposal.weight = weight;
      if (goodwill === true) proposal.goodwill = true;
    }
  }
  const candidates = [...proposals.values()];
  if (!targeted) return { candidates, withheld: [] };

  const targets = eventTargets(fired, policy);
  const withheld: Withheld[] = [];
  const kept: Candidate<A>[] = [];
  for (const candidate of candidates) {
    const { id, kind } = candidate.offer;
    const exclusion = first(targets.excluded.get(`offer:${id}`), targets.excluded.get(`kind:${kind}`), targets.excluded.get(ANY));
    if (exclusion !== undefined) {
      withheld.push({ offerId: id, why: 'excluded', detail: `${exclusion.why} (rule "${exclusion.rule}")` });
      continue;
    }
    candidate.requiredLevel = Math.max(targets.level.get(`offer:${id}`) ?? -1, targets.level.get(`kind:${kind}`) ?? -1, targets.level.get(ANY) ?? -1);
    kept.push(candidate);
  }
  return { candidates: kept, withheld };
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
