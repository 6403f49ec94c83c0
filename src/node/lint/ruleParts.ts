import type { Comparison, Condition, Rule } from '../../schema/rule';

/** Every comparison in a condition tree, with its path in the config. */
export function comparisons(condition: Condition, at: string): Array<{ comparison: Comparison; path: string }> {
  if ('all' in condition) return condition.all.flatMap((child, i) => comparisons(child, `${at}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((child, i) => comparisons(child, `${at}.any[${i}]`));
  if ('not' in condition) return comparisons(condition.not, `${at}.not`);
  return [{ comparison: condition, path: at }];
}

/** The offers rule `k` proposes (none unless it is an `offer` rule), each with its path in the config. */
export function proposals(rule: Rule, k: number): Array<{ offerId: string; path: string }> {
  if (rule.event.type !== 'offer') return [];
  const at = `rules[${k}].event.params`;
  const { offer, offers } = rule.event.params;
  if (offers) return offers.map((offerId, j) => ({ offerId, path: `${at}.offers[${j}]` }));
  return offer === undefined ? [] : [{ offerId: offer, path: `${at}.offer` }];
}
