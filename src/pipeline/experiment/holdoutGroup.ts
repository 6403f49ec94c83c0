import { murmur3 } from '../../random/murmur3';
import type { ExperimentGroup } from '../../schema/decision';
import type { Policy } from '../../schema/policy';

/**
 * The experiment group of a customer: `holdout` when murmur3-32 of
 * `salt + customerId`, as a fraction of 2³², falls below `percent` / 100.
 * The same customer and salt always give the same group; a new salt draws a
 * new holdout. Pure: a report or a service can assign groups the same way.
 * @example
 * ```ts
 * holdoutGroup('c-1042', { percent: 5, salt: 'nordhem-2026' }); // 'treatment'
 * ```
 */
export function holdoutGroup(customerId: string, holdout: NonNullable<Policy['holdout']>): ExperimentGroup {
  return murmur3(holdout.salt + customerId) / 4_294_967_296 < holdout.percent / 100 ? 'holdout' : 'treatment';
}
