import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `savedesk` and `savedesk/*` resolve to the source (tsconfig `paths`), as the examples import them.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
