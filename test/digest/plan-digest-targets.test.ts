import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import type { RepoVisibility } from '../../src/github/repo-ref.js';
import { planDigestTargets, type ConfiguredRepo } from '../../src/digest/plan-digest-targets.js';

const repo = (fullName: string, digest: Record<string, unknown> = {}, visibility: RepoVisibility = 'private'): ConfiguredRepo => {
  const [owner = '', name = ''] = fullName.split('/');
  return {
    repo: { owner, repo: name, fullName, defaultBranch: 'main', htmlUrl: `https://github.com/${fullName}`, visibility },
    config: configSchema.parse({ digest }),
  };
};

const summary = (plan: ReturnType<typeof planDigestTargets>) =>
  plan.targets.map((target) => ({ to: target.destination, label: target.label, schedule: target.schedule, covers: target.covers.map((entry) => entry.repo.fullName) }));

const central = { enabled: true, repo: 'o/central' };

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
      name: 'a public repository gets its own digest',
      repos: [repo('o/open', { enabled: true }, 'public')],
      expected: [{ to: 'o/open', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/open'] }],
    },
    {
      name: 'digest.repo covers only the repositories that opted in and name it, with the destination’s own settings',
      repos: [
        repo('o/b', central),
        repo('o/a', { ...central, schedule: '0 1 * * 1', label: 'mine' }),
        repo('o/c'),
        repo('o/d', { enabled: true }),
        repo('o/central', { enabled: true, schedule: '0 9 * * 2', label: 'org-gov' }),
      ],
      expected: [
        { to: 'o/central', label: 'org-gov', schedule: '0 9 * * 2', covers: ['o/a', 'o/b', 'o/central'] },
        { to: 'o/d', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/d'] },
      ],
    },
    {
      name: 'a destination that has not opted in receives nothing',
      repos: [repo('o/a', central), repo('o/central')],
      expected: [],
    },
    {
      name: 'a destination that sends its own digest elsewhere receives nothing',
      repos: [repo('o/a', central), repo('o/central', { enabled: true, repo: 'o/other' }), repo('o/other', { enabled: true })],
      expected: [{ to: 'o/other', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/central', 'o/other'] }],
    },
    {
      name: 'a destination outside the installation receives nothing',
      repos: [repo('o/a', { enabled: true, repo: 'elsewhere/sink' })],
      expected: [],
    },
    {
      name: 'a destination of another owner receives nothing',
      repos: [repo('o/a', { enabled: true, repo: 'evil/sink' }), repo('evil/sink', { enabled: true })],
      expected: [{ to: 'evil/sink', label: 'api-governance', schedule: '0 8 * * 1', covers: ['evil/sink'] }],
    },
    {
      name: 'a public destination does not report on private or internal repositories',
      repos: [
        repo('o/secret', { enabled: true, repo: 'o/open' }, 'private'),
        repo('o/inner', { enabled: true, repo: 'o/open' }, 'internal'),
        repo('o/pub', { enabled: true, repo: 'o/open' }, 'public'),
        repo('o/open', { enabled: true }, 'public'),
      ],
      expected: [{ to: 'o/open', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/open', 'o/pub'] }],
    },
    {
      name: 'an internal destination reports on internal and public repositories, not private ones',
      repos: [
        repo('o/secret', { enabled: true, repo: 'o/inner' }, 'private'),
        repo('o/pub', { enabled: true, repo: 'o/inner' }, 'public'),
        repo('o/inner', { enabled: true }, 'internal'),
      ],
      expected: [{ to: 'o/inner', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/inner', 'o/pub'] }],
    },
    {
      name: 'a repository of unknown visibility counts as private; a destination of unknown visibility as public',
      repos: [repo('o/a', central, 'unknown'), repo('o/central', { enabled: true }, 'unknown')],
      expected: [{ to: 'o/central', label: 'api-governance', schedule: '0 8 * * 1', covers: ['o/central'] }],
    },
    {
      name: 'owners and names compare case-insensitively',
      repos: [repo('O/A', { enabled: true, repo: 'o/Central' }), repo('o/central', { enabled: true })],
      expected: [{ to: 'o/central', label: 'api-governance', schedule: '0 8 * * 1', covers: ['O/A', 'o/central'] }],
    },
  ])('$name', ({ repos, expected }) => expect(summary(planDigestTargets(repos))).toEqual(expected));

  it('says why each refused repository is left out', () => {
    const plan = planDigestTargets([
      repo('o/secret', { enabled: true, repo: 'o/open' }),
      repo('o/open', { enabled: true }, 'public'),
      repo('o/a', { enabled: true, repo: 'o/quiet' }),
      repo('o/quiet'),
      repo('o/b', { enabled: true, repo: 'evil/sink' }),
      repo('evil/sink', { enabled: true }),
      repo('o/c', { enabled: true, repo: 'o/missing' }),
    ]);
    expect(plan.refusals).toEqual([
      'o/a: digest.repo o/quiet is not used: o/quiet has not opted in (its own digest.enabled is not true)',
      'o/b: digest.repo evil/sink is not used: it belongs to another owner',
      'o/c: digest.repo o/missing is not used: it is not a repository this App can read',
      'o/secret: digest.repo o/open is not used: o/secret is private and o/open is public',
    ]);
  });
});
