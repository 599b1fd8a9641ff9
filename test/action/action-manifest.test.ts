// action.yml against the code behind it: the runtime the contract names, an entry the build
// produces, and exactly the inputs the Action reads.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionSettingsOf } from '../../src/action/action-settings.js';

const root = new URL('../../', import.meta.url);
const manifest = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('runs the built entry of src/action/run-action.ts on node20', () => {
    expect(manifest.runs.using).toBe('node20');
    expect(manifest.runs.main).toBe('dist/action/run-action.js');
    expect(existsSync(new URL('src/action/run-action.ts', root))).toBe(true);
  });

  it('defaults the token to the workflow token and names the sarif output', () => {
    expect(manifest.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(Object.keys(manifest.outputs)).toEqual(['sarif']);
  });

  it.each([
    { input: 'github-token', value: 'ghs_x', read: (settings: Record<string, unknown>) => settings.token },
    { input: 'config', value: 'api/review.yml', read: (settings: Record<string, unknown>) => String(settings.configPath).endsWith('/ws/api/review.yml') },
    { input: 'ruleset', value: 'rules/house.yaml', read: (settings: Record<string, unknown>) => settings.ruleset },
  ])('the $input input reaches the settings', ({ input, value, read }) => {
    expect(Object.keys(manifest.inputs)).toContain(input);
    const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: '/e.json', GITHUB_WORKSPACE: '/ws', GITHUB_TOKEN: 'fallback', [`INPUT_${input.toUpperCase()}`]: value };
    const outcome = actionSettingsOf(env);
    if (!outcome.ok) throw new Error(outcome.message);
    const seen = read(outcome.settings as unknown as Record<string, unknown>);
    expect(seen === true || seen === value).toBe(true);
  });
});
