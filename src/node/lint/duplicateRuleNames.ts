import type { Issue } from '../../errors/issue';
import type { ValidConfig } from '../../schema/config';
import { duplicates } from '../../pipeline/validate/validateConfig';

/** Rules that share a name: `because` lists and traces could not tell them apart. */
export function duplicateRuleNames(config: ValidConfig): Issue[] {
  const issues: Issue[] = [];
  duplicates(config.rules.map((rule) => rule.name), 'rules', 'rule name', issues);
  return issues;
}
