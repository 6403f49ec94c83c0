import { defineConfig } from 'tsup';

// Keep `node:` in imports: it tells bundlers and readers that a module is Node-only.
const shared = { sourcemap: true, target: 'es2022', treeshake: true, removeNodeProtocol: false } as const;

export default defineConfig([
  {
    ...shared,
    // One build for the library entries, split into shared chunks (for CJS too), so that
    // `savedesk` and `savedesk/node` share one copy of the core and `instanceof SavedeskError` holds across them.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts', testing: 'src/testing/index.ts', ledger: 'src/ledger/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    platform: 'neutral',
    // Node's modules (only src/node, src/testing and src/ledger use them) stay imports on the neutral platform;
    // the ledger's drivers are optional peers, loaded by dynamic import() for their scheme only.
    external: [/^node:/, '@electric-sql/pglite', 'pg'],
    // The CLI build below writes into dist/ at the same time: leave its files alone.
    clean: ['!cli.js', '!cli.js.map'],
  },
  {
    ...shared,
    // The executable: ESM only; its `#!/usr/bin/env node` line comes from src/cli/bin.ts.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
  },
]);
