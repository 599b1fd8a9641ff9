import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { planDigestTargets, type ConfiguredRepo } from '../../src/digest/plan-digest-targets.js';

const repo = (fullName: string, digest: Record<string, unknown> = {}): ConfiguredRepo => {
  const [owner = '', name = ''] = fullName.split('/');
  return {
    repo: { owner, name, fullName, defaultBranch: 'main', htmlUrl: `https://github.com/${fullName}` },
    config: configSchema.parse({ digest }),
  };
};

const summary = (targets: ReturnType<typeof planDigestTargets>) =>
  targets.map((target) => ({ to: target.destination, label: target.label, schedule: target.schedule, covers: target.covers.map((entry) => entry.repo.fullName) }));

describe('planDigestTargets', () => {
  it.each([
    { name: 'nothing enabled', repos: [repo('o/a'), repo('o/b')], expected: [] },
    {
      name: 'each enabled repository gets its own digest with its own settings',
      repos: [repo('o/b', { enabled: true, schedule: '0 9 * * 5', label: 'gov' }), repo('o/a', { enabled: true }), repo('o/c')],
      expected: [
        { to: 'o/a', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/a'] },
        { to: 'o/b', label: 'gov', schedule: '0 9 * * 5', covers: ['o/b'] },
      ],
    },
    {
      name: 'digest.repo sends one digest covering every repository of the installation',
      repos: [repo('o/b', { enabled: true, repo: 'o/central' }), repo('o/a', { enabled: true, repo: 'o/central' }), repo('o/c')],
      expected: [{ to: 'o/central', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/a', 'o/b', 'o/c'] }],
    },
  ])('$name', ({ repos, expected }) => expect(summary(planDigestTargets(repos))).toEqual(expected));
});
