import { ANY_OFFER, type PreparedEvent } from '../../prepared/PreparedEvent';
import type { Withheld } from '../../schema/decision';
import type { FiredRule } from '../rules/RulesOutcome';
import { newCandidate, type Candidate } from './Candidate';

/**
 * Stage 4: turns fired `offer` events into candidates (in firing order), then
 * applies `exclude` (→ withheld as `excluded`) and `require-level` events.
 * Several rules proposing one offer merge: every rule is named in `because`,
 * the largest weight counts, and goodwill from any of them holds. `events`
 * are the rules' events as `prepareEvents` made them, by rule index.
 */
export function collectCandidates<A>(
  fired: readonly FiredRule[],
  events: readonly PreparedEvent[],
  zero: A,
  /** The decision's withheld offers so far, in stage order: this stage adds its own (default: a list of its own). */
  withheld: Withheld[] = [],
): { candidates: Candidate<A>[]; withheld: Withheld[] } {
  const candidates: Candidate<A>[] = [];
  // Another rule may propose an offer again: its candidate is found by a look along the few there
  // are, or, once there are more, at the offer's slot.
  let bySlot: Array<Candidate<A> | undefined> | null = null;
  let targeted = false;
  for (const { rule, index } of fired) {
    const event = events[index]!;
    if (event.offers === null) {
      targeted ||= event.targets !== null;
      continue;
    }
    for (const prepared of event.offers) {
      let candidate = bySlot === null ? candidates.find((proposed) => proposed.prepared === prepared) : bySlot[prepared.slot];
      if (candidate === undefined) {
        candidate = newCandidate(prepared, zero);
        candidates.push(candidate);
        if (bySlot !== null) bySlot[prepared.slot] = candidate;
        else if (candidates.length > FEW) bySlot = slots(candidates);
      }
      candidate.because.push(rule);
      if (event.weight > candidate.weight) candidate.weight = event.weight;
      if (event.goodwill) candidate.goodwill = true;
    }
  }
  if (!targeted) return { candidates, withheld };

  const targets = eventTargets(fired, events);
  const kept: Candidate<A>[] = [];
  for (const candidate of candidates) {
    const { offerKey, kindKey } = candidate.prepared;
    const exclusion = first(targets.excluded.get(offerKey), targets.excluded.get(kindKey), targets.excluded.get(ANY_OFFER));
    if (exclusion !== undefined) {
      withheld.push({ offerId: candidate.prepared.id, why: 'excluded', detail: `${exclusion.why} (rule "${exclusion.rule}")` });
      continue;
    }
    candidate.requiredLevel = Math.max(targets.level.get(offerKey) ?? -1, targets.level.get(kindKey) ?? -1, targets.level.get(ANY_OFFER) ?? -1);
    kept.push(candidate);
  }
  return { candidates: kept, withheld };
}

/** Candidates found by looking along them, up to this many: cheaper than an index for the handful most decisions have. */
const FEW = 8;

/** The candidates by their offer's slot in the catalog. */
function slots<A>(candidates: readonly Candidate<A>[]): Array<Candidate<A> | undefined> {
  const bySlot: Array<Candidate<A> | undefined> = [];
  for (const candidate of candidates) bySlot[candidate.prepared.slot] = candidate;
  return bySlot;
}

/** An `exclude` event that applies, with its place in firing order (the first that fired is the one reported). */
interface Exclusion {
  readonly order: number;
  readonly rule: string;
  readonly why: string;
}

/**
 * The `exclude` and `require-level` events by what they target, built once
 * per decision so each proposed offer is three look-ups, not a scan of every
 * fired rule: the first exclusion in firing order, and the highest level required.
 */
function eventTargets(fired: readonly FiredRule[], events: readonly PreparedEvent[]): { excluded: Map<string, Exclusion>; level: Map<string, number> } {
  const excluded = new Map<string, Exclusion>();
  const level = new Map<string, number>();
  fired.forEach(({ rule, index }, order) => {
    const { targets, excludeWhy } = events[index]!;
    if (targets === null) return;
    for (const key of targets) {
      if (excludeWhy !== null) {
        if (!excluded.has(key)) excluded.set(key, { order, rule, why: excludeWhy });
      } else level.set(key, Math.max(level.get(key) ?? -1, events[index]!.level));
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
