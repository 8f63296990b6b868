import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/grade/load-mathjs.cts is TypeScript too (CommonJS, for a synchronous lazy require).
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
