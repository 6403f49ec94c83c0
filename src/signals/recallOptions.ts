import * as z from 'zod';
import { name } from '../schema/common';

/** Units sold of one SKU over the history's period. */
export const SalesRowSchema = z.strictObject({
  sku: name,
  units: z.number().min(0).max(1e12).describe('Units sold over the period the history covers.'),
  category: name.optional().describe('The SKU\'s category; else the category its order items give.'),
});

/** Options for `findRecallCandidates`. */
export const RecallOptionsSchema = z.strictObject({
  windowDays: z.number().int().min(1).max(3660).default(30).describe('Length of each window in days (default 30).'),
  sales: z
    .array(SalesRowSchema)
    .optional()
    .describe('Units sold per SKU over the history\'s period; without it the disproportionality ratio (PRR) is used.'),
  safetyReasons: z.array(name).max(1000).default([]).describe('Reasons that are a recall candidate from the first customer (injury, fire).'),
});

/** Options for `findRecallCandidates`, as a host writes them. */
export type RecallOptions = z.input<typeof RecallOptionsSchema>;
/** One row of `options.sales`. */
export type SalesRow = z.output<typeof SalesRowSchema>;
