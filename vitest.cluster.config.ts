import { defineConfig } from 'vitest/config';

// The cluster tests (`npm run test:cluster`): PostgreSQL, Redis, several server processes and nginx
// on 127.0.0.1. They are not in the normal run (vite.config.ts), which needs none of these.
// The global setup starts PostgreSQL and Redis once, unless CI gives TEST_DATABASE_URL and
// TEST_REDIS_URL; each file starts its own nodes. Files run one after another: each starts
// several processes, and the machine has few cores.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/cluster/**/*.test.ts'],
    globalSetup: ['test/cluster/support/services.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
