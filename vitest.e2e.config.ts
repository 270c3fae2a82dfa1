import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (each launches a browser; the machine has two cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
