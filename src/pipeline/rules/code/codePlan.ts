import type { Condition } from '../../../schema/rule';
import type { Facts } from '../../facts/deriveFacts';
import type { PreparedRule, Plan } from '../plan';
import { keyTestValues, type IndexPart } from '../ruleIndex';
import { ruleCode } from './conditionCode';
import { Source, unread } from './Source';

/**
 * Generated code for some rules: it sets the bit in `hits` of each that
 * fires, bit `p % WORD` of word `p / WORD` for the rule at position `p`;
 * `reads` keeps the values read once per decision.
 */
type Evaluator = (facts: Facts, engineFired: readonly boolean[], hits: Int32Array, reads: unknown[]) => void;

/** Rules per generated function: far below V8's limit for optimizing one, and a few thousand rules make few functions. */
const CHUNK = 32;
/** Bits in a word of the bitmap of fired rules. */
const WORD = 32;

/**
 * How to make the plan for a bucket of generated code. Each part of the index
 * (the rules keyed by one reason, or channel, and the rules keyed by neither)
 * is generated on first use and kept, as functions that mark the rules that
 * fire in a bitmap of evaluation positions; reading the bitmap in order gives
 * the fired rules in order, however the parts interleave. A rule is generated
 * once per value it is keyed by, never once per combination of reason and
 * channel, and its tests of that value, which hold in that part, are left out.
 */
export function codePlans(rules: readonly PreparedRule[], construct: FunctionConstructor): (parts: readonly IndexPart<PreparedRule>[]) => Plan {
  const fires = rules.map((rule) => rule.fired);
  // One bitmap per rule set, cleared as it is read: evaluating is synchronous from the first rule to the last read.
  const hits = new Int32Array(Math.ceil(rules.length / WORD));
  // Likewise the values read once per decision (paths), each forgotten (`unread`) before the next.
  const readSlots = new Map<string, number>();
  const reads: unknown[] = [];
  const generated = new Map<IndexPart<PreparedRule>, Evaluator[]>();
  const evaluators = (part: IndexPart<PreparedRule>): Evaluator[] => {
    let found = generated.get(part);
    if (found === undefined) generated.set(part, (found = generate(part, readSlots, construct)));
    return found;
  };
  return (parts) => {
    const evaluate = parts.flatMap(evaluators);
    while (reads.length < readSlots.size) reads.push(unread);
    const readCount = readSlots.size;
    return (facts, engineFired, fired) => {
      reads.fill(unread, 0, readCount);
      try {
        for (let i = 0; i < evaluate.length; i++) evaluate[i]!(facts, engineFired, hits, reads);
      } catch (error) {
        // A rule that throws fails the run: what was marked before it must not reach the next one.
        hits.fill(0);
        throw error;
      }
      for (let word = 0; word < hits.length; word++) {
        let bits = hits[word]!;
        if (bits === 0) continue;
        hits[word] = 0;
        for (; bits !== 0; bits &= bits - 1) fired.push(fires[word * WORD + 31 - Math.clz32(bits & -bits)]!);
      }
    };
  };
}

function generate({ key, rules }: IndexPart<PreparedRule>, readSlots: Map<string, number>, construct: FunctionConstructor): Evaluator[] {
  const holds = (member: Condition) => key !== undefined && keyTestValues(member, key) !== null;
  return Array.from({ length: Math.ceil(rules.length / CHUNK) }, (_, k) => {
    const source = new Source(readSlots);
    const statements = rules.slice(k * CHUNK, (k + 1) * CHUNK).map((rule) => {
      const fires = rule.compiled === null ? `e[${rule.engineSlot}]` : ruleCode(rule.conditions, holds, source);
      return `if (${fires}) hits[${Math.floor(rule.position / WORD)}] |= ${1 << rule.position % WORD};`;
    });
    return source.compile<Evaluator>(['f', 'e', 'hits', 'r'], statements.join('\n'), construct);
  });
}
