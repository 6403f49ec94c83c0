/**
 * The child of the crash test: opens the ledger at argv[2] and, eight calls at
 * a time, decides, records and accepts returns for client argv[3], printing
 * `accepted <requestId>` once each acceptance has resolved, until killed.
 */
import { openLedger } from '../../../src/ledger/index';
import { decideAndRecord, returnOf, testDesk } from '../fixtures';

const [url, clientId] = process.argv.slice(2) as [string, string];
const ledger = await openLedger(url);
const desk = testDesk({ clientId });
let next = 0;

async function agent(): Promise<void> {
  for (;;) {
    const requestId = `r-${next++}`;
    await decideAndRecord(ledger, desk, returnOf(requestId, `c-${next % 25}`));
    await ledger.accept({ desk, requestId, offerId: next % 2 ? 'thirty-off' : 'cushions', at: '2026-11-23T10:05:00Z' });
    // A pipe's write is synchronous on Linux: the line is out of this process when the call returns.
    process.stdout.write(`accepted ${requestId}\n`);
  }
}

await Promise.all(Array.from({ length: 8 }, agent));
