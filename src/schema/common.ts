import * as z from 'zod';
import { LIMITS } from '../limits';
import { messages } from '../errors/messages';
import { MONEY_PATTERN, UNIT_AMOUNT_PATTERN } from '../money/money';

/** An identifier: offer id, level id, SKU, reason code. */
export const name = z.string().min(1, 'must not be empty').max(LIMITS.maxNameLength);
/** Free text a person wrote. */
export const text = z.string().max(LIMITS.maxTextLength);
/** Says what an amount must be when something else was given (a number, say), and leaves a missing one to "is required". */
const notAnAmount = (issue: { input?: unknown }) => (issue.input === undefined ? undefined : messages.notAnAmount);

/** A money amount: a decimal string like "49.90" (no sign, no exponent). */
export const moneyString = z
  .string({ error: notAnAmount })
  .max(20, messages.notAnAmount)
  .regex(MONEY_PATTERN, messages.notAnAmount)
  .meta({ description: 'A money amount as a decimal string, e.g. "49.90".' });
/** A unit price or cost: a decimal string with up to 6 decimals, e.g. "0.001" (amounts computed from it are rounded to the currency). */
export const unitAmountString = z
  .string({ error: notAnAmount })
  .max(22, messages.notAUnitAmount)
  .regex(UNIT_AMOUNT_PATTERN, messages.notAUnitAmount)
  .meta({ description: 'A unit price or cost as a decimal string with up to 6 decimals, e.g. "0.001".' });
/** An ISO 8601 date-time with an offset, e.g. 2026-03-01T10:00:00Z. */
export const dateTime = z.iso.datetime({
  offset: true,
  error: (issue) => (issue.input === undefined ? undefined : 'must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T10:00:00Z'),
});
/** An ISO date or date-time. */
export const dateOrDateTime = z.union([z.iso.date(), dateTime], {
  error: (issue) =>
    issue.input === undefined ? undefined : 'must be an ISO 8601 date (2026-03-01) or date-time with a zone (2026-03-01T10:00:00Z)',
});
/** A ratio between 0 and 1, e.g. an accept or redemption rate. */
export const rate = z.number().min(0).max(1);
/** A percentage between 0 and 100. */
export const percent = z.number().min(0).max(100);
/** A count. */
export const count = z.number().int().min(0).max(1_000_000);
/** Tags. */
export const tags = z.array(name).max(LIMITS.maxTags);

/** The contact channels. */
export const channels = ['phone', 'chat', 'email', 'portal'] as const;
/** How the customer reached us. */
export const channel = z.enum(channels);
/** Who was at fault for the problem behind the return. */
export const fault = z.enum(['merchant', 'carrier', 'customer', 'unknown']);
