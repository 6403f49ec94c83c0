import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import type { ValidConfig } from '../../schema/config';
import { proposals } from './ruleParts';

/** Catalog offers no rule proposes: they can never be a candidate. */
export function unusedOffers(config: ValidConfig): Issue[] {
  const proposed = new Set(config.rules.flatMap((rule, k) => proposals(rule, k).map((proposal) => proposal.offerId)));
  return config.catalog.flatMap((offer, i) => (proposed.has(offer.id) ? [] : [{ code: 'offer-never-proposed' as const, path: `catalog[${i}]`, message: messages.offerNeverProposed(offer.id) }]));
}
