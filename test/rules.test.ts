/** Every case of every bundled client (rules/*), one vitest test each: `npm test` runs them all. */
import { findClientFolders } from '../src/node/index';
import { describeClient } from '../src/testing/index';

for (const dir of await findClientFolders(['rules'])) describeClient(dir);
