import { factNames, type FactName } from '../../facts/factNames';
import { factReader } from '../factReader';
import type { Source } from './Source';

/**
 * The expression reading `fact` at `path` from the facts `f`, as `factReader`
 * reads it. A fact without a path is a property load, `f.<fact>`, with
 * savedesk's own spelling of the built-in fact, looked up, never the rule's
 * text. A path (and fact `request`, the request itself, read as the engine's
 * copy with numbers) is read by `factReader` itself, once per decision
 * whichever rules read it: several steps, each checking an own property, cost
 * more than looking the value up again.
 */
export function readCode(fact: string, path: string | undefined, source: Source): string {
  // `needsEngine` leaves only built-in facts to the compiler.
  const own = factNames.find((name) => name === fact)!;
  if (!path && own !== 'request') return `f.${own}`;
  const { slot, reader } = source.read(JSON.stringify([own, path ?? '']), () => factReader(own as FactName, path));
  const memo = `r[${slot}]`;
  return `(${memo} !== unread ? ${memo} : (${memo} = ${reader}(f)))`;
}
