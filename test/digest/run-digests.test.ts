import { describe, expect, it } from 'vitest';
import { runInstallationDigests } from '../../src/digest/run-digests.js';
import { branchCommit } from '../github/fake-github.js';
import { testDigestGitHub, useScriptedWeek } from './scripted-github.js';
import { appId, now } from './scripted-week.js';

const title = 'API governance digest — 2026-W48';

describe('runInstallationDigests over a scripted week (nock)', () => {
  const week = useScriptedWeek();

  it('creates the week issue with the label, then updates it in place', async () => {
    const { fake } = week;
    const first = await runInstallationDigests(testDigestGitHub(), { now });
    expect(first).toEqual([{ destination: 'octo/api', title, ok: true, action: 'created', number: 1, url: 'https://github.com/octo/api/issues/1' }]);
    expect(fake.issues).toHaveLength(1);
    const issue = fake.issues[0]!;
    expect(issue.title).toBe(title);
    expect(issue.labels).toEqual(['api-governance']);
    const created = fake.requests.find((request) => request.method === 'POST' && request.path === '/repos/octo/api/issues');
    expect(created?.body).toMatchObject({ title, labels: ['api-governance'] });

    const lookups = fake.requests.filter((request) => request.method === 'GET' && request.path === '/repos/octo/api/issues');
    expect(lookups.map((request) => Object.fromEntries(request.query))).toEqual([{ labels: 'api-governance', state: 'all', per_page: '100' }]);
    const checkRunQueries = fake.requests.filter((request) => request.path.endsWith('/check-runs'));
    expect(checkRunQueries.length).toBeGreaterThan(0);
    expect(checkRunQueries.every((request) => request.query.get('app_id') === String(appId))).toBe(true);
    // The listing stops at the first pull request older than the trend: #8 is never looked at.
    expect(fake.requests.some((request) => request.path.includes('sha8'))).toBe(false);

    const body = issue.body;
    const pr = (n: number): string => `[#${n}](https://github.com/octo/api/pull/${n})`;
    expect(body).toContain('over the week 2026-11-16 08:00 – 2026-11-23 08:00 UTC');
    expect(body).toContain(`- Opened: **3** — ${pr(6)}, ${pr(1)}, ${pr(2)}`);
    expect(body).toContain(`- Merged: **3** — ${pr(6)}, ${pr(1)}, ${pr(3)}`);
    expect(body).toContain('- Median time from first API review to merge: **7.0 h** (over 2 merged pull requests)');
    expect(body).toContain(`- Detected: **3** in 2 pull requests — ${pr(1)}, ${pr(2)}`);
    expect(body).toContain('- Accepted: **1**');
    expect(body).toContain(`- Blocked (not accepted): **2** — ${pr(2)}`);
    expect(body).toContain(`- Breaking-change rate: **33%** (1 of 3 merged pull requests shipped an accepted breaking change) — ${pr(1)}`);
    expect(body).toContain(`- Merged without an API Review check: **1** — ${pr(6)}`);
    expect(body).toContain('  bar [0, 0, 0, 0, 0, 1, 0, 3]\n  line [0, 0, 0, 0, 0, 1, 0, 1]');
    expect(body).toContain(`| 2026-11-02 – 2026-11-09 | 1 — ${pr(5)} | 1 — ${pr(5)} | 100% |`);
    expect(body).toContain(`| 2026-11-16 – 2026-11-23 | 3 — ${pr(6)}, ${pr(1)}, ${pr(3)} | 1 — ${pr(1)} | 33% |`);
    expect(body).toContain('| [`openapi.yaml`](https://github.com/octo/api/blob/main/openapi.yaml) | 1 | 2 | 50% (2 of 4) |');
    expect(body).toContain('1. `description-wanted` — 2 findings in 1 spec\n1. `summary-required` — 1 finding in 1 spec');
    expect(body).toContain('| [`openapi.yaml`](https://github.com/octo/api/blob/main/openapi.yaml) | 4 | 75% | 50% | 50% | 25% | 25% |');
    // Each deprecation links its line at the commit the digest read, not the moving branch.
    expect(body).toContain(`- Deprecated operations: **2**\n- Sunset within 30 days: **1**\n  - \`GET /orders/{id}\` in [\`openapi.yaml\`](https://github.com/octo/api/blob/${branchCommit}/openapi.yaml#L26) — 2026-12-10 (in 17 days)`);
    expect(body).toContain(`- Past due (sunset date passed, still in the spec): **1**\n  - \`DELETE /orders/{id}\` in [\`openapi.yaml\`](https://github.com/octo/api/blob/${branchCommit}/openapi.yaml#L43) — 2026-11-01 (22 days ago)`);

    const requestsBefore = fake.requests.length;
    const second = await runInstallationDigests(testDigestGitHub(), { now: new Date('2026-11-25T10:00:00Z') });
    expect(second).toEqual([{ destination: 'octo/api', title, ok: true, action: 'updated', number: 1, url: 'https://github.com/octo/api/issues/1' }]);
    const secondRun = fake.requests.slice(requestsBefore);
    expect(secondRun.filter((request) => request.method === 'POST')).toEqual([]);
    const patch = secondRun.find((request) => request.method === 'PATCH');
    expect(patch?.path).toBe('/repos/octo/api/issues/1');
    expect(Object.keys(patch?.body as object)).toEqual(['body']);
    expect(fake.issues).toHaveLength(1);
    // Two days later the week has moved on: #3 (merged 11-17 16:00) is now outside it.
    expect(fake.issues[0]?.body).toContain(`- Merged: **2** — ${pr(6)}, ${pr(1)}`);
  });

  it('writes nothing into a digest.repo that has not opted in, and says so only to the operator', async () => {
    const { fake } = week;
    fake.branchFiles['.github/api-review.yml'] = 'digest:\n  enabled: true\n  repo: octo/elsewhere\n';
    const problems: string[] = [];
    const outcomes = await runInstallationDigests(testDigestGitHub(), { now, report: (problem) => problems.push(problem) });
    expect(outcomes).toEqual([]);
    expect(problems).toEqual(['octo/api: digest.repo octo/elsewhere is not used: it is not a repository this App can read']);
    expect(fake.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(fake.requests.some((request) => request.path.startsWith('/repos/octo/elsewhere'))).toBe(false);
  });
});
