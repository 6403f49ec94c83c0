import * as z from 'zod';
import { moneyString, text } from './common';

/**
 * What happens if every offer is declined: the plain return and the refund it
 * owes, or, outside `policy.returnWindowDays`, nothing owed (`detail` says why,
 * in words a shopper may read).
 */
export const FallbackSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('return'), refund: moneyString }),
  z.strictObject({ kind: z.literal('none'), detail: text }),
]);

/** A decision's fallback: `{ kind: 'return', refund }` or `{ kind: 'none', detail }`. */
export type Fallback = z.output<typeof FallbackSchema>;
