import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { money } from '../../money/money';
import type { ValidConfig } from '../../schema/config';

/**
 * A customer cap whose `maxCost` is below a level's `maxCost`: the cap counts
 * this offer too, so that level can never give what its limit says.
 */
export function capBelowLevels(config: ValidConfig): Issue[] {
  const cap = config.policy.customerCap?.maxCost;
  if (cap === undefined) return [];
  const above = config.policy.levels.filter((level) => money(level.maxCost).greaterThan(money(cap)));
  if (above.length === 0) return [];
  return [{ code: 'cap-below-level', path: 'policy.customerCap.maxCost', message: messages.capBelowLevels(cap, above.map((level) => `"${level.id}" (${level.maxCost})`)) }];
}
