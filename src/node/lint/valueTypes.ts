import type { Issue } from '../../errors/issue';
import { messages } from '../../errors/messages';
import { factTypes, type FactType } from '../../pipeline/facts/factNames';
import { comparisonsOf } from '../../pipeline/rules/conditionTree';
import { isFactReference } from '../../pipeline/rules/factReader';
import type { ValidConfig } from '../../schema/config';
import type { Comparison } from '../../schema/rule';

const numeric = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const membership = new Set(['in', 'notIn']);
const containment = new Set(['contains', 'doesNotContain']);
const identity = new Set(['equal', 'notEqual']);

/**
 * Comparisons of one of savedesk's facts with a value of another type, which
 * json-rules-engine never matches as meant: `returnValue greaterThan "lots"`,
 * an array fact compared with `equal` (the whole list, never one item), a text
 * fact with `contains`. Only plain comparisons are checked: one with a `path`,
 * a decorated operator (`someFact:in`) or a value that refers to a fact is left alone.
 */
export function valueTypes(config: ValidConfig): Issue[] {
  return config.rules.flatMap((rule, k) =>
    comparisonsOf(rule.conditions, `rules[${k}].conditions`).flatMap(({ comparison, path }) => {
      const message = typeProblem(comparison);
      return message === null ? [] : [{ code: 'value-type' as const, path: `${path}.value`, message }];
    }),
  );
}

function typeProblem({ fact, operator, value, path }: Comparison): string | null {
  if (!Object.hasOwn(factTypes, fact) || path !== undefined || isFactReference(value)) return null;
  const factType: FactType = factTypes[fact as keyof typeof factTypes];
  if (factType === 'object') return null;
  if (numeric.has(operator)) {
    if (factType !== 'number') return messages.notANumberFact(fact, factType, operator);
    return typeof value === 'number' ? null : messages.valueOfWrongType(fact, factType, operator, value);
  }
  if (identity.has(operator)) {
    if (factType === 'array') return messages.wholeListCompared(fact, operator);
    return value === null || jsonType(value) === factType ? null : messages.valueOfWrongType(fact, factType, operator, value);
  }
  if (membership.has(operator)) {
    if (factType === 'array') return messages.listInList(fact, operator);
    const strays = Array.isArray(value) ? value.filter((item) => item !== null && jsonType(item) !== factType) : [];
    return strays.length === 0 ? null : messages.valueOfWrongType(fact, factType, operator, strays[0]);
  }
  if (containment.has(operator)) {
    if (factType !== 'array') return messages.containsOnNonList(fact, factType, operator);
    return typeof value === 'string' ? null : messages.valueOfWrongType(fact, 'array of text', operator, value);
  }
  return null;
}

function jsonType(value: unknown): FactType | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as FactType;
}
