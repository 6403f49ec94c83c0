import { defineConfig } from 'tsup';

// Keep `node:` in imports: it tells bundlers and readers that a module is Node-only.
const shared = { sourcemap: true, target: 'es2022', treeshake: true, removeNodeProtocol: false } as const;

export default defineConfig([
  {
    ...shared,
    // One build for the library entries, split into shared chunks (for CJS too), so that
    // `savedesk`, `savedesk/node` and `savedesk/ledger` share one copy of the core. `savedesk/testing` is
    // ESM-only: scripts/build.mjs drops the CJS files this build also writes for it.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts', testing: 'src/testing/index.ts', ledger: 'src/ledger/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    platform: 'neutral',
    // Node's modules (only src/node, src/testing and src/ledger use them) stay imports on the neutral platform;
    // the ledger's drivers are optional peers, loaded by dynamic import() for their scheme only.
    external: [/^node:/, '@electric-sql/pglite', 'pg'],
    // A devDependency bundled in, so the core's runtime dependencies stay json-rules-engine, zod and decimal.js.
    noExternal: ['fastest-levenshtein'],
  },
  {
    ...shared,
    // The executable: ESM only; its `#!/usr/bin/env node` line comes from src/cli/bin.ts. `replay --workers` starts
    // replayWorker.js, beside it.
    entry: { cli: 'src/cli/bin.ts', replayWorker: 'src/cli/replay/replayWorker.ts' },
    format: ['esm'],
    platform: 'node',
  },
]);
