import { configDefaults, defineConfig } from 'vitest/config';
import { fullTestsVariable, runsFullTests, slowTestFiles } from './test/slow-test-files';

// A bare `npm test` leaves out the slow App, process and corpus files (test/slow-test-files.ts);
// `API_REVIEW_FULL_TESTS=1` runs them too, as CI does, and so does naming them on the command
// line. Saying so in the first line keeps a quick green run honest.
// vitest's own arguments after `run` (or `watch`): a file or folder named there runs even if slow.
const vitestArgs = process.argv.slice(2).filter((arg) => !['run', 'watch', 'related', 'list'].includes(arg));
const full = runsFullTests(process.env, vitestArgs);
const slowFiles = Object.keys(slowTestFiles);
if (!full) {
  console.log(`Quick run: ${slowFiles.length} slow App/process/corpus test files left out; ${fullTestsVariable}=1 runs every file (as CI does).`);
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(full ? [] : slowFiles)],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // graphql-inspector goes through Vite like our code, so both load the same `graphql` build
    // (Vite picks graphql's development build; two builds of graphql refuse each other's schemas).
    server: { deps: { inline: [/@graphql-inspector\/core/] } },
  },
});
