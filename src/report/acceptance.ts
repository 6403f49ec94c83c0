import type { AcceptanceModel } from '../learning/AcceptanceModel';
import type { ValidConfig } from '../schema/config';
import type { Outcome } from '../schema/outcome';
import { wilson } from '../stats/interval';
import type { AcceptanceRow } from './reportTypes';
import { cell } from './tallies';

/** A learned rate for one offer × reason, as an acceptance model gives it. */
export interface LearnedRate {
  readonly rate: number;
  /** How many outcomes it was learned from. */
  readonly outcomes: number;
}

/** Looks up the learned rate of an offer for a reason; undefined when the model has none. */
export type LearnedRates = (offerId: string, reason: string) => LearnedRate | undefined;

/**
 * The learned rates of an acceptance model, as the report shows them: the
 * offer × reason level when the model learned one, else the offer's own
 * (segments are pooled: the report's rows are offer × reason).
 */
export function learnedRates(model: AcceptanceModel): LearnedRates {
  const offers = new Map(model.offers.map((offer) => [offer.offerId, offer]));
  return (offerId, reason) => {
    const offer = offers.get(offerId);
    if (offer === undefined) return undefined;
    const level = offer.reasons.find((entry) => entry.reason === reason) ?? offer;
    return { rate: level.rate, outcomes: level.outcomes };
  };
}

interface AcceptanceCell {
  readonly offerId: string;
  readonly reason: string;
  shown: number;
  rateSum: number;
  learned: number;
  shownFirst: number;
  acceptedFirst: number;
  acceptedLower: number;
}

/**
 * Acceptance per offer × reason. Only the offer ranked first is credited with
 * a decline, as learning credits it: a customer who turned down the whole
 * list said no to the first offer, and may never have weighed the rest.
 */
export class AcceptanceTally {
  private readonly cells = new Map<string, AcceptanceCell>();

  add(outcome: Outcome): void {
    const at = (offerId: string) =>
      cell(this.cells, `${offerId}\u0000${outcome.reason}`, () => ({
        offerId, reason: outcome.reason, shown: 0, rateSum: 0, learned: 0, shownFirst: 0, acceptedFirst: 0, acceptedLower: 0,
      }));
    for (const offer of outcome.offers) {
      const shown = at(offer.offerId);
      shown.shown += 1;
      shown.rateSum += offer.rate;
      if (offer.source === 'learned') shown.learned += 1;
    }
    const { result } = outcome;
    const first = firstOffer(outcome);
    if (first !== undefined && result.status !== 'open') {
      const cellOfFirst = at(first.offerId);
      cellOfFirst.shownFirst += 1;
      if (result.status === 'accepted' && result.offerId === first.offerId) cellOfFirst.acceptedFirst += 1;
    }
    if (result.status === 'accepted' && result.offerId !== first?.offerId) at(result.offerId).acceptedLower += 1;
  }

  result(config: Pick<ValidConfig, 'catalog' | 'policy'>, learned: LearnedRates | undefined): AcceptanceRow[] {
    const catalog = new Map(config.catalog.map((offer) => [offer.id, offer]));
    return [...this.cells.values()]
      .sort((a, b) => b.shown - a.shown || compareText(a.offerId, b.offerId) || compareText(a.reason, b.reason))
      .map((row) => {
        const offer = catalog.get(row.offerId);
        const model = learned?.(row.offerId, row.reason);
        return {
          offerId: row.offerId,
          label: offer?.label ?? row.offerId,
          reason: row.reason,
          prior: offer === undefined ? null : (offer.acceptRate ?? config.policy.defaultAcceptRate),
          ranked: { mean: row.shown === 0 ? 0 : row.rateSum / row.shown, learnedShare: row.shown === 0 ? 0 : row.learned / row.shown },
          learned: model === undefined ? null : { rate: model.rate, outcomes: model.outcomes },
          shown: row.shown,
          shownFirst: row.shownFirst,
          acceptedFirst: row.acceptedFirst,
          observed: wilson(row.acceptedFirst, row.shownFirst),
          acceptedLower: row.acceptedLower,
        };
      });
  }
}

/** The offer ranked first: the lowest rank (outcomes list them best first, but the rank is what was recorded). */
export function firstOffer(outcome: Outcome): Outcome['offers'][number] | undefined {
  let first: Outcome['offers'][number] | undefined;
  for (const offer of outcome.offers) if (first === undefined || offer.rank < first.rank) first = offer;
  return first;
}

/** Orders text by code unit, the same in every locale (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
