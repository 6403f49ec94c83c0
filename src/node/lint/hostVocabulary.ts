import type { DeskOptions } from '../../desk';
import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { suggest } from '../../errors/suggest';
import { factNames } from '../../pipeline/facts/factNames';
import { comparisonsOf } from '../../pipeline/rules/conditionTree';
import { isFactReference } from '../../pipeline/rules/factReader';
import { builtInOperatorNames } from '../../pipeline/rules/operators';
import type { ValidConfig } from '../../schema/config';

/** A fact or operator a rule names that savedesk does not provide: the host must register it from code. */
interface HostName {
  readonly kind: 'fact' | 'operator';
  readonly name: string;
  readonly path: string;
}

const builtInFacts: ReadonlySet<string> = new Set(factNames);

/** Every use of a fact or operator that is not built in. */
function hostNames(config: ValidConfig): HostName[] {
  return config.rules.flatMap((rule, k) =>
    comparisonsOf(rule.conditions, `rules[${k}].conditions`).flatMap(({ comparison, path }) => {
      const names: HostName[] = [];
      if (!builtInFacts.has(comparison.fact)) names.push({ kind: 'fact', name: comparison.fact, path: `${path}.fact` });
      const value = comparison.value;
      if (isFactReference(value) && typeof value.fact === 'string' && !builtInFacts.has(value.fact)) names.push({ kind: 'fact', name: value.fact, path: `${path}.value.fact` });
      const operator = comparison.operator.split(':').at(-1)!;
      if (!builtInOperatorNames.has(operator)) names.push({ kind: 'operator', name: operator, path: `${path}.operator` });
      return names;
    }),
  );
}

/**
 * A warning for each fact or operator the host must register, with the
 * built-in name it was probably meant to be when one is that close (`reasn`).
 */
export function hostVocabulary(config: ValidConfig): Issue[] {
  return hostNames(config).map(({ kind, name, path }) => {
    const meant = suggest(name, kind === 'fact' ? factNames : builtInOperatorNames);
    const message = kind === 'fact' ? messages.hostFact(name) : messages.hostOperator(name);
    return { code: kind === 'fact' ? ('host-fact' as const) : ('host-operator' as const), path, message: meant === null ? message : `${message}${messages.didYouMean(meant)}` };
  });
}

/**
 * Stand-ins for the host's facts and operators, so that `createDesk` checks
 * everything else in a config that names them. They are never evaluated.
 */
export function stubHostVocabulary(config: ValidConfig): DeskOptions {
  const names = hostNames(config);
  const stubs = <F>(kind: HostName['kind'], stub: F) =>
    Object.fromEntries(names.filter((name) => name.kind === kind).map(({ name }) => [name, stub]));
  return { facts: stubs('fact', () => undefined), operators: stubs('operator', () => false) };
}
