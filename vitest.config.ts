import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['services/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'schema/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
    globalSetup: ['services/platform/src/testing/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
