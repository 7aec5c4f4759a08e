import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 60_000,
    // Vitest leaves one core idle by default; on a two-core machine that runs every file one after another. The files that
    // parse every fixture are CPU-bound and independent, so all cores halve the suite's time.
    maxWorkers: availableParallelism(),
    coverage: { provider: 'v8', include: ['src/**'] },
  },
});
