import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

/**
 * The tests Stryker runs against mutants of the pricing and empowerment
 * stages: their unit tests, the decision tests and the properties (at 200
 * runs each; every mutant reruns the tests that cover it). The CLI, example
 * and browser tests would only slow each mutant down.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/pipeline/price/**/*.test.ts', 'src/pipeline/empowerment/**/*.test.ts', 'test/decide.test.ts', 'test/properties/**/*.test.ts'],
    env: { FC_RUNS: '200' },
  },
});
