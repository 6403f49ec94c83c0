/**
 * `npm run gen:history -- --client rules/nordhem --count 1000000 [--seed 1] [--out file]`:
 * writes realistic return requests for a bundled client as NDJSON (one
 * request per line), for `savedesk replay`. Seeded: the same arguments give
 * the same file. Reasons, levels, categories and offer ids come from the
 * client, so every request is one the client accepts. Without `--out` the
 * lines go to standard output; an `--out` ending in `.gz` is gzipped.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { Command, InvalidArgumentError } from 'commander';
import { loadClient } from '../src/node';
import { seededRandom } from './generate/random';
import { requestGenerator } from './generate/requests';

/** A whole number of at least 0, from the command line. */
function wholeNumber(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new InvalidArgumentError('give a whole number, e.g. 1000');
  return value;
}

const values = new Command('gen:history')
  .description('Write realistic, seeded return requests for a client as NDJSON (one request per line), for savedesk replay.')
  .requiredOption('--client <client-dir>', 'the client folder whose reasons, levels and offers the requests use, e.g. rules/nordhem')
  .option('--count <n>', 'how many requests', wholeNumber, 1000)
  .option('--seed <n>', 'the seed: the same arguments give the same file', wholeNumber, 1)
  .option('--out <file>', 'where to write (a name ending in .gz is gzipped); standard output without it')
  .addHelpText('after', `
Example:
  npm run gen:history -- --client rules/nordhem --count 1000000 --out history.ndjson.gz`)
  .parse()
  .opts<{ client: string; count: number; seed: number; out?: string }>();
const { count } = values;

const { config } = await loadClient(values.client).catch((error: unknown) => {
  // A client that does not load is reported as savedesk reports it, not as a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
const nextRequest = requestGenerator(config, seededRandom(values.seed));
const out: Writable = values.out === undefined ? process.stdout : createWriteStream(values.out);
const sink: Writable = values.out?.endsWith('.gz') ? createGzip() : out;
if (sink !== out) sink.pipe(out);
for (let n = 0; n < count; n++) {
  // Wait when the stream is full, so a million lines take no more memory than ten.
  if (!sink.write(`${JSON.stringify(nextRequest(n))}\n`)) await once(sink, 'drain');
}
sink.end();
if (out !== process.stdout) await once(out, 'finish');
