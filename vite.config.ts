import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the client build and the unit/integration tests.
// Playwright specs (test/e2e) stay out of vitest: they run in real Chromium via `playwright test`.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true, // scripts/route-sizes.ts follows it to measure each route's first load
  },
  server: {
    proxy: { '/socket.io': { target: 'http://127.0.0.1:3000', ws: true }, '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
