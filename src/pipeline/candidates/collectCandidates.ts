import type { PreparedEvent } from '../../prepared/PreparedEvent';
import type { PreparedOffer } from '../../prepared/PreparedOffer';
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
  // What `exclude` / `require-level` events ask, gathered in the same pass; made when the first fires.
  let targets: Targets | null = null;
  for (let order = 0; order < fired.length; order++) {
    const { rule, index } = fired[order]!;
    const event = events[index]!;
    if (event.offers === null) {
      if (event.targets !== null) target((targets ??= { excluded: [], everyExcluded: undefined, level: [], everyLevel: -1 }), event, rule, order);
      continue;
    }
    for (const prepared of event.offers) {
      let candidate = bySlot === null ? proposedAlready(candidates, prepared) : bySlot[prepared.slot];
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
  if (targets === null) return { candidates, withheld };

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

/** The candidate for `prepared` among a few, if one was proposed. */
function proposedAlready<A>(candidates: readonly Candidate<A>[], prepared: PreparedOffer): Candidate<A> | undefined {
  for (const candidate of candidates) if (candidate.prepared === prepared) return candidate;
  return undefined;
}

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
  everyExcluded: Exclusion | undefined;
  /** The highest level required of the slot's offer (or its kind); -1 when none. */
  readonly level: number[];
  everyLevel: number;
}

/** Records one fired `exclude` or `require-level` event, the `order`-th to fire, against the offers it targets. */
function target(targets: Targets, event: PreparedEvent, rule: string, order: number): void {
  const { targets: slots, excludeWhy, level } = event;
  if (excludeWhy !== null) {
    const exclusion = { order, rule, why: excludeWhy };
    if (slots === 'every') targets.everyExcluded ??= exclusion;
    else for (const slot of slots!) targets.excluded[slot] ??= exclusion;
  } else if (slots === 'every') targets.everyLevel = Math.max(targets.everyLevel, level);
  else for (const slot of slots!) targets.level[slot] = Math.max(targets.level[slot] ?? -1, level);
}

/** The exclusion that fired first of two that apply. */
function earlier(a: Exclusion | undefined, b: Exclusion | undefined): Exclusion | undefined {
  return a === undefined || (b !== undefined && b.order < a.order) ? b : a;
}
