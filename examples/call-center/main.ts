/**
 * `npm run example:call-center`: serves every client under rules/ on
 * http://127.0.0.1:$PORT (default 3000); outcomes go to $OUTCOMES_FILE.
 */
import { join } from 'node:path';
import { buildServer } from './server';

const app = await buildServer({
  rulesDir: join(import.meta.dirname, '..', '..', 'rules'),
  outcomesFile: process.env.OUTCOMES_FILE ?? join(import.meta.dirname, 'data', 'outcomes.ndjson'),
  logger: true,
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
