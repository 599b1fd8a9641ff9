import { describe, expect, it } from 'vitest';
import { upsertDigestIssue } from '../../src/digest/upsert-digest-issue.js';
import { testDigestGitHub, useScriptedWeek } from './scripted-github.js';
import { owner, repoName } from './scripted-week.js';

describe('upsertDigestIssue', () => {
  const week = useScriptedWeek();

  it('keeps a digest of very many pull requests within GitHub\'s issue body limit, saying what was cut', async () => {
    const { fake } = week;
    const body = Array.from({ length: 5_000 }, (_, index) => `- \`api/${'spec-'.repeat(5)}${index}.yaml\`: 3 breaking changes`).join('\n');
    await upsertDigestIssue(testDigestGitHub(), { destination: `${owner}/${repoName}`, title: 'API governance digest — 2026-W48', label: 'api-governance', body });
    const [issue] = fake.issues;
    expect(Buffer.byteLength(issue?.body ?? '')).toBeLessThanOrEqual(65_536);
    expect(issue?.body).toMatch(/more lines not shown \(GitHub's size limit\)/);
  });
});
