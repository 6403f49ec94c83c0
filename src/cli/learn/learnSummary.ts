import type { AcceptanceIndex } from '../../learning/acceptanceIndex';
import type { AcceptanceModel } from '../../learning/AcceptanceModel';
import type { ValidConfig } from '../../schema/config';
import { columns } from '../format/columns';

/** How much a rate must move to be listed first among the changes. */
const NOTABLE = 0.05;

/**
 * What learning moved, one line per offer × reason of the new model, the
 * largest moves first: the rate the desk ranked by before (the previous
 * `acceptance.json`, else the catalog's prior) → the learned rate, and how
 * many outcomes it was learned from.
 */
export function learnSummary(model: AcceptanceModel, before: AcceptanceIndex, config: ValidConfig): string[] {
  const catalog = new Map(config.catalog.map((offer) => [offer.id, offer]));
  const rows = model.offers.flatMap((offer) =>
    offer.reasons.map((reason) => {
      const was = before.estimate(catalog.get(offer.offerId)!, reason.reason, null);
      return { offerId: offer.offerId, reason: reason.reason, was, now: reason.rate, outcomes: reason.outcomes };
    }),
  );
  rows.sort((a, b) => Math.abs(b.now - b.was.rate) - Math.abs(a.now - a.was.rate) || (a.offerId + a.reason < b.offerId + b.reason ? -1 : 1));
  const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  const table = columns(
    [
      ['offer × reason', 'before', '', 'learned', 'n', ''],
      ...rows.map((row) => [
        `${row.offerId} × ${row.reason}`,
        `${percent(row.was.rate)} ${row.was.source}`,
        '→',
        percent(row.now),
        String(row.outcomes),
        Math.abs(row.now - row.was.rate) >= NOTABLE ? (row.now > row.was.rate ? '▲' : '▼') : '',
      ]),
    ],
    [false, true, false, true, true, false],
  );
  return [`learned from ${model.outcomes} outcome(s), as of ${model.asOf ?? 'no outcome'}; model version ${model.version}`, ...table];
}
