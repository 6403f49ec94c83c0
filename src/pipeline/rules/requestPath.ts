import { resolvePath, type PathStep } from './path';
import { amountNumber, requestNumbers } from './requestNumbers';

/** Any step: an index into a list of items or concessions. */
const ANY = Symbol('any step');

/** Where the request holds amounts, as text; rules see them as numbers. */
const AMOUNTS: readonly (readonly (string | typeof ANY)[])[] = [
  ['order', 'total'],
  ['order', 'items', ANY, 'unitPrice'],
  ['order', 'items', ANY, 'unitCost'],
  ['customer', 'lifetimeValue'],
  ['customer', 'concessions', ANY, 'cost'],
];

/**
 * How a constant path reads fact `request` without copying it: `amountAt`,
 * the step that reaches an amount, which is turned into a number right
 * there (further steps then read the number, as they would in the copy);
 * `copy` for a path ending at an object that holds amounts (the request,
 * an order line), which is read from the copy with numbers; `plain` for
 * any other path, which finds the same value in the request as in the copy.
 */
type RequestPath = { readonly amountAt: number } | 'copy' | 'plain';

/** How `steps` read the request; decided once, when rules are compiled. */
function requestPath(steps: readonly PathStep[]): RequestPath {
  for (const amount of AMOUNTS) {
    const matching = steps.slice(0, amount.length).every((step, i) => amount[i] === ANY || amount[i] === step);
    if (matching) return steps.length >= amount.length ? { amountAt: amount.length - 1 } : 'copy';
  }
  return 'plain';
}

/**
 * Reads the request (its amounts text) at `steps` and gives what the same
 * path gives on the copy with numbers: `factReader`'s part for fact `request`.
 */
export function requestReader(steps: readonly PathStep[]): (request: object) => unknown {
  const read = requestPath(steps);
  if (read === 'plain') return (request) => resolvePath(request, steps);
  if (read === 'copy') return (request) => resolvePath(requestNumbers(request), steps);
  const [toAmount, beyond] = [steps.slice(0, read.amountAt + 1), steps.slice(read.amountAt + 1)];
  return (request) => resolvePath(amountNumber(resolvePath(request, toAmount)), beyond);
}
