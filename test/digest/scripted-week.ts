// A scripted week of history of one repository, `octo/api`, for the digest's end-to-end tests.
// The run is Monday 2026-11-23 08:00 UTC (2026-W48); the report week is 11-16 08:00 to 11-23 08:00.
// Expected numbers, counted by hand:
//   opened (touching specs): #6, #1, #2 = 3     (#4 changes only README.md)
//   merged:                  #6, #1, #3 = 3
//   breaking (reviewed this week): #1 1 (accepted), #2 2 (not accepted), #3 0 → 3 / 1 / 2
//   rate: #1 shipped an accepted breaking change, of 3 merged → 33%; #6 merged unreviewed
//   first review → merge: #1 10 h, #3 4 h → median 7.0 h over 2
//   trend: this week 3 merged / 1 shipped; 2026-11-02 week #5 merged and shipped (100%)
//   default branch openapi.yaml (4 operations), lint with .spectral.yaml: 1 error, 2 warnings, 2 of 4 clean
import { readFileSync } from 'node:fs';
import { formatCheckData, type CheckData } from '../../src/review/check-data.js';
import { FakeGitHub, type FakePull } from '../github/fake-github.js';

export const now = new Date('2026-11-23T08:00:00Z');
export const owner = 'octo';
export const repoName = 'api';
export const installationId = 42;
/** This App (`GET /app`); check runs name the App that created them. */
export const appId = 7;
export const appSlug = 'api-review-bot';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/digest/${name}`, import.meta.url), 'utf8');

export const branchFiles: Record<string, string> = {
  'openapi.yaml': fixture('openapi.yaml'),
  '.spectral.yaml': fixture('spectral.yaml'),
  '.github/api-review.yml': fixture('api-review.yml'),
  'README.md': '# Orders API\n',
};

/** A pull request of the week, as the fake GitHub lists it. */
export type ScriptedPull = FakePull;

export interface ScriptedRun {
  id: number;
  sha: string;
  started_at: string;
  completed_at: string;
  data?: CheckData;
  /** The App that created the run; this App unless said. */
  appId?: number;
}

export const pulls: ScriptedPull[] = [
  pull(6, 'Add the orders spec for the mobile team', '2026-11-20T09:00:00Z', '2026-11-22T12:00:00Z', '2026-11-22T12:00:00Z', ['sha6'], ['specs/orders.openapi.yaml']),
  pull(1, 'Remove the legacy export endpoint', '2026-11-20T07:00:00Z', '2026-11-20T18:00:00Z', '2026-11-20T18:00:00Z', ['sha1a', 'sha1b'], ['openapi.yaml']),
  pull(2, 'Make customer id required', '2026-11-18T09:00:00Z', '2026-11-19T10:00:00Z', null, ['sha2'], ['openapi.yaml']),
  pull(4, 'Fix a typo in the README', '2026-11-18T08:00:00Z', '2026-11-18T10:00:00Z', null, ['sha4'], ['README.md']),
  pull(3, 'Document the 404 of getOrder', '2026-11-02T09:00:00Z', '2026-11-17T16:00:00Z', '2026-11-17T16:00:00Z', ['sha3'], ['openapi.yaml']),
  pull(5, 'Rename the status enum', '2026-10-30T09:00:00Z', '2026-11-03T10:00:00Z', '2026-11-03T10:00:00Z', ['sha5'], ['openapi.yaml']),
  pull(8, 'An old change', '2026-08-01T09:00:00Z', '2026-09-01T10:00:00Z', '2026-09-01T10:00:00Z', ['sha8'], ['openapi.yaml']),
];

export const checkRuns: ScriptedRun[] = [
  run(101, 'sha1a', '2026-11-20T08:00:00Z', review({ breaking: 1, accepted: 0 })),
  run(102, 'sha1b', '2026-11-20T12:00:00Z', review({ breaking: 1, accepted: 1 })),
  run(201, 'sha2', '2026-11-19T10:00:00Z', review({ breaking: 2, accepted: 0 })),
  run(301, 'sha3', '2026-11-17T12:00:00Z', review({ breaking: 0, accepted: 0 })),
  run(501, 'sha5', '2026-10-31T10:00:00Z', review({ breaking: 1, accepted: 1 })),
  run(801, 'sha8', '2026-08-02T10:00:00Z', review({ breaking: 0, accepted: 0 })),
  // A workflow's runs under the same name, newer than the App's: never read (#6 stays unreviewed, #2 stays blocked).
  { ...run(901, 'sha6', '2026-11-22T10:00:00Z', review({ breaking: 0, accepted: 0 })), appId: 15368 },
  { ...run(902, 'sha2', '2026-11-19T11:00:00Z', review({ breaking: 0, accepted: 0 })), appId: 15368 },
];

function pull(number: number, title: string, created: string, updated: string, merged: string | null, commits: string[], files: string[]): ScriptedPull {
  return { number, title, created_at: created, updated_at: updated, merged_at: merged, state: merged ? 'closed' : 'open', commits, files };
}

function run(id: number, sha: string, startedAt: string, data: CheckData): ScriptedRun {
  const completed = new Date(Date.parse(startedAt) + 60_000).toISOString();
  return { id, sha, started_at: startedAt, completed_at: completed, data: { ...data, generatedAt: completed } };
}

function review({ breaking, accepted }: { breaking: number; accepted: number }): CheckData {
  return {
    version: 1,
    verdict: breaking > accepted ? 'fail' : 'pass',
    breakingChanges: breaking,
    acceptedBlockers: accepted,
    newLintErrors: 0,
    counts: { blocker: breaking, warning: 0, info: 0 },
    specs: [{ spec: 'openapi.yaml', status: 'modified', breaking: breaking > 0 ? ['api-path-removed-without-deprecation'] : [], lintErrors: 0 }],
    acceptances: accepted > 0 ? [{ user: 'lead', reason: 'v1 clients migrated', url: 'https://github.com/octo/api/pull/1#issuecomment-1', fingerprints: ['f1'] }] : [],
    unacceptedFingerprints: [],
    generatedAt: '',
  };
}

export function checkRunOutput(data: CheckData | undefined): string {
  return `The API review.\n\n${data ? formatCheckData(data) : ''}`;
}

/**
 * The fake GitHub holding the scripted week: `octo/api` in installation 42, its pull requests and
 * their runs, and a fresh copy of the default branch's files (`fake.branchFiles`, for a test to edit).
 */
export function scriptedWeekGitHub(): FakeGitHub {
  return new FakeGitHub({
    owner,
    repo: repoName,
    baseFiles: {},
    headFiles: {},
    appId,
    appSlug,
    installationId,
    branchFiles: { ...branchFiles },
    pulls,
    pastCheckRuns: checkRuns.map(({ data, ...item }) => ({ ...item, text: checkRunOutput(data) })),
  });
}
