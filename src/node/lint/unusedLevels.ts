import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import type { ValidCase } from '../../schema/case';
import type { ValidConfig } from '../../schema/config';

/**
 * Levels of the escalation chain nobody is known to act at or ask for: no
 * channel acts at them, no `require-level` rule names them and no case's agent
 * has them. Such a level still approves offers within its limit, but maybe no
 * one holds it. The top of the chain is exempt: it is the last resort.
 */
export function unusedLevels(config: ValidConfig, cases: readonly ValidCase[]): Issue[] {
  const { levels, channelLevels } = config.policy;
  const used = new Set<string | undefined>([
    levels.at(-1)?.id,
    ...Object.values(channelLevels ?? {}),
    ...config.rules.map((rule) => (rule.event.type === 'require-level' ? rule.event.params.level : undefined)),
    ...cases.map((each) => each.request.agent?.level),
  ]);
  return levels.flatMap((level, i) => (used.has(level.id) ? [] : [{ code: 'level-unused' as const, path: `policy.levels[${i}]`, message: messages.levelUnused(level.id) }]));
}
