import type { PreparedEvent } from '../../prepared/PreparedEvent';
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
    const { slot } = candidate.prepared;
    const exclusion = earlier(targets.excluded[slot], targets.everyExcluded);
    if (exclusion !== undefined) {
      withheld.push({ offerId: candidate.prepared.id, why: 'excluded', detail: `${exclusion.why} (rule "${exclusion.rule}")` });
      continue;
    }
    candidate.requiredLevel = Math.max(targets.level[slot] ?? -1, targets.everyLevel);
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

/** What the fired `exclude` and `require-level` events ask of each offer, by catalog slot, and of every offer. */
interface Targets {
  /** The first exclusion in firing order that names the slot's offer or its kind. */
  readonly excluded: Array<Exclusion | undefined>;
  readonly everyExcluded: Exclusion | undefined;
  /** The highest level required of the slot's offer (or its kind); -1 when none. */
  readonly level: number[];
  readonly everyLevel: number;
}

/**
 * The `exclude` and `require-level` events by the offers they target, built
 * once per decision so each proposed offer is two look-ups, not a scan of
 * every fired rule.
 */
function eventTargets(fired: readonly FiredRule[], events: readonly PreparedEvent[]): Targets {
  const targets: { -readonly [K in keyof Targets]: Targets[K] } = { excluded: [], everyExcluded: undefined, level: [], everyLevel: -1 };
  fired.forEach(({ rule, index }, order) => {
    const { targets: slots, excludeWhy, level } = events[index]!;
    if (slots === null) return;
    if (excludeWhy !== null) {
      const exclusion = { order, rule, why: excludeWhy };
      if (slots === 'every') targets.everyExcluded ??= exclusion;
      else for (const slot of slots) targets.excluded[slot] ??= exclusion;
    } else if (slots === 'every') targets.everyLevel = Math.max(targets.everyLevel, level);
    else for (const slot of slots) targets.level[slot] = Math.max(targets.level[slot] ?? -1, level);
  });
  return targets;
}

/** The exclusion that fired first of two that apply. */
function earlier(a: Exclusion | undefined, b: Exclusion | undefined): Exclusion | undefined {
  return a === undefined || (b !== undefined && b.order < a.order) ? b : a;
}
