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
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { loadClient } from '../src/node';
import { seededRandom } from './generate/random';
import { requestGenerator } from './generate/requests';

const { values } = parseArgs({
  options: {
    client: { type: 'string' },
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const count = Number(values.count);
if (values.client === undefined || !Number.isInteger(count) || count < 0) {
  console.error('usage: npm run gen:history -- --client <client-dir> [--count 1000] [--seed 1] [--out history.ndjson[.gz]]');
  process.exit(2);
}

const { config } = await loadClient(values.client);
const nextRequest = requestGenerator(config, seededRandom(Number(values.seed)));
const out: Writable = values.out === undefined ? process.stdout : createWriteStream(values.out);
const sink: Writable = values.out?.endsWith('.gz') ? createGzip() : out;
if (sink !== out) sink.pipe(out);
for (let n = 0; n < count; n++) {
  // Wait when the stream is full, so a million lines take no more memory than ten.
  if (!sink.write(`${JSON.stringify(nextRequest(n))}\n`)) await once(sink, 'drain');
}
sink.end();
if (out !== process.stdout) await once(out, 'finish');
