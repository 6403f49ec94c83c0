import type { Rule } from '../../schema/rule';

/** The offers rule `k` proposes (none unless it is an `offer` rule), each with its path in the config. */
export function proposals(rule: Rule, k: number): Array<{ offerId: string; path: string }> {
  if (rule.event.type !== 'offer') return [];
  const at = `rules[${k}].event.params`;
  const { offer, offers } = rule.event.params;
  if (offers) return offers.map((offerId, j) => ({ offerId, path: `${at}.offers[${j}]` }));
  return offer === undefined ? [] : [{ offerId: offer, path: `${at}.offer` }];
}
