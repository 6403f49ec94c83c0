/**
 * `npm run example:call-center`: serves every client under rules/ on
 * http://$HOST:$PORT (default 127.0.0.1:3000), the ledger in $DATABASE_URL
 * (default: embedded PGlite under examples/call-center/data/ledger), the
 * agents' keys in $KEYS_FILE (default: keys.sample.json). SIGTERM or SIGINT
 * stops taking calls, lets the ones in flight finish, then closes the ledger.
 */
import { join } from 'node:path';
import { SavedeskError } from 'savedesk';
import { buildServer } from './server';

const here = import.meta.dirname;
const app = await buildServer({
  rulesDir: join(here, '..', '..', 'rules'),
  ledgerUrl: process.env.DATABASE_URL ?? `pglite:${join(here, 'data', 'ledger')}`,
  keysFile: process.env.KEYS_FILE ?? join(here, 'keys.sample.json'),
  logger: true,
}).catch((error: unknown) => {
  // A client folder, the keys file or the ledger that cannot be used: say which, without a stack.
  if (!(error instanceof SavedeskError)) throw error;
  console.error(error.message);
  process.exit(2);
});

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error(error);
        process.exit(1);
      },
    );
  });
}

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
