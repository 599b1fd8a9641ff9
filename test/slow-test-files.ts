// test harness: the test files that the default `npm test` leaves out, so every change gets
// feedback in a few minutes on two cores. They are the App driven end to end through nock, the
// tests that start processes (server, workers, the CLI under a budget), and whole real
// descriptions from ../shared/corpus: a few seconds to a minute each. `API_REVIEW_FULL_TESTS=1`
// runs them too, and CI (`.ci/run`) always sets it, so nothing here stops being tested.

/** Set to `1` to run every test file (what CI does). */
export const fullTestsVariable = 'API_REVIEW_FULL_TESTS';

/** Why a file is slow, so the list can be read and kept short. */
type SlowKind = 'app' | 'process' | 'corpus';

/** Paths from the project root; measured 5–60 s each on a quiet 2-core machine, ten times that under load (2026-12). */
export const slowTestFiles: Record<string, SlowKind> = {
  'test/github/pull-request-review.test.ts': 'app',
  'test/github/gate-failures.test.ts': 'app',
  'test/github/pinned-review.test.ts': 'app',
  'test/github/app-trust.test.ts': 'app',
  'test/github/faults.test.ts': 'app',
  'test/github/command-flood.test.ts': 'app',
  'test/github/contract-formats-review.test.ts': 'app',
  'test/github/api-call-budget.test.ts': 'app',
  'test/github/merged-changelog.test.ts': 'app',
  'test/github/graphql-split-schema-review.test.ts': 'app',
  'test/github/pull-queue.test.ts': 'app',
  'test/github/monorepo-review.test.ts': 'app',
  'test/hostile/app-hostile.test.ts': 'app',
  'test/action/run-action.test.ts': 'app',
  'test/digest/pinned-branch-lint.test.ts': 'app',
  'test/digest/digest-command.test.ts': 'app',
  'test/e2e/server-lifecycle.test.ts': 'process',
  'test/e2e/app-server.test.ts': 'process',
  'test/e2e/action-entry.test.ts': 'process',
  'test/e2e/replicas.test.ts': 'process',
  'test/render/changelog-in-chromium.test.ts': 'process',
  'test/pipeline/analysis-pool.test.ts': 'process',
  'test/pipeline/review-in-worker.test.ts': 'process',
  'test/cli/pinned-analysis.test.ts': 'process',
  'test/cli/cli-startup.test.ts': 'process',
  'test/cli/bundled-cli.test.ts': 'process',
  'test/hostile/cli-hostile.test.ts': 'process',
  'test/package/npm-pack.test.ts': 'process',
  'test/cli/contract-formats.test.ts': 'process',
  'test/lint/spectral-parity.test.ts': 'corpus',
  'test/lint/incremental/lint-change.test.ts': 'corpus',
  'test/lint/spectral-patches/document-order.test.ts': 'corpus',
  'test/formats/contract-annotations.test.ts': 'corpus',
  'test/rules/guidelines-corpus.test.ts': 'corpus',
};

/**
 * Whether this run includes the slow files: when the variable is exactly `1`, or when the command
 * names what to run (`npx vitest run test/github/faults.test.ts`): a file asked for by name runs,
 * whatever its speed. `args` are vitest's arguments after `run`; options (`--x=y`) are not names.
 */
export function runsFullTests(env: Record<string, string | undefined>, args: readonly string[] = []): boolean {
  return env[fullTestsVariable] === '1' || args.some((arg) => !arg.startsWith('-'));
}
