import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // graphql-inspector goes through Vite like our code, so both load the same `graphql` build
    // (Vite picks graphql's development build; two builds of graphql refuse each other's schemas).
    server: { deps: { inline: [/@graphql-inspector\/core/] } },
  },
});
