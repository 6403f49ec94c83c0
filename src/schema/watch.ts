import * as z from 'zod';
import { LIMITS } from '../limits';
import { dateOrDateTime, name, text } from './common';

/** One SKU × reason under watch: a suspected product problem. */
export const WatchEntrySchema = z.strictObject({
  sku: name,
  reason: name.describe('The reason code that, with this SKU, makes a return a recall candidate.'),
  note: text.optional().describe('What is known: for the agent and for whoever reviews the list.'),
  since: dateOrDateTime.optional().describe('Watched from this date: a return received earlier does not match.'),
});

/** A client's `watch.json`, or `createDesk(config, { watch })`: the SKU × reason pairs under watch. */
export const WatchListSchema = z
  .strictObject({
    $schema: z.string().optional(),
    entries: z.array(WatchEntrySchema).max(LIMITS.maxWatchEntries),
  })
  .meta({ title: 'savedesk watch list' });

/** A watch list as a person writes it. */
export type WatchList = z.input<typeof WatchListSchema>;
/** One entry of a watch list. */
export type WatchEntry = z.output<typeof WatchEntrySchema>;
