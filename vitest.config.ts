import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/grade/load-mathjs.cts is TypeScript too (CommonJS, for a synchronous lazy require).
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI bundled once from source for the whole-CLI tests (tests/helpers/cli.ts).
    globalSetup: ['tests/global-setup.ts'],
    // Property tests draw the same cases in CI (tests/setup-fast-check.ts).
    setupFiles: ['tests/setup-fast-check.ts'],
    // Whole-CLI tests start processes; under load (2 cores, several suites at once) that is slow.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
