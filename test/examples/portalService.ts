/**
 * The call-center service the portal test drives: the real `buildServer` over
 * the bundled rules, an in-memory ledger the test can read, two keys (the
 * portal's, and a lead's the page must not be able to use) and a clock the
 * test sets.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openLedger } from 'savedesk/ledger';
import { buildServer } from '../../examples/call-center/server';

/** A running service, its clock, and what its ledger recorded. */
export interface RunningService {
  readonly url: string;
  setNow(now: Date): void;
  /** The offers accepted so far, from the ledger. */
  accepted(): Promise<Array<{ requestId: string; offerId: string }>>;
  close(): Promise<void>;
}

/** A lead's key for Threadline, which the service knows but the portal never sends. */
export const leadKey = 'test-lead-threadline-3c8e51b7';

/** Starts the service on a loopback port the OS picks. */
export async function startService(options: { portalKey: string; now: Date }): Promise<RunningService> {
  let now = options.now;
  const ledger = await openLedger('memory:');
  const app = await buildServer({
    rulesDir: join(import.meta.dirname, '..', '..', 'rules'),
    ledger,
    keys: [
      { key: options.portalKey, agentId: 'threadline-portal', level: 'portal', clients: ['threadline'] },
      { key: leadKey, agentId: 'lena', level: 'lead', clients: ['threadline'] },
    ],
    now: () => now,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    setNow: (next) => {
      now = next;
    },
    async accepted() {
      const accepted: Array<{ requestId: string; offerId: string }> = [];
      for await (const outcome of ledger.outcomes({ clientId: 'threadline' })) {
        if (outcome.result.status === 'accepted') accepted.push({ requestId: outcome.requestId, offerId: outcome.result.offerId });
      }
      return accepted;
    },
    async close() {
      await app.close();
      await ledger.close();
    },
  };
}
