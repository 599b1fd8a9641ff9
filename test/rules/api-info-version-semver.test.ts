import { describe, expect, it } from 'vitest';
import { oas3, pathsFlagged } from './rule-harness.js';

const withVersion = (version: string) => oas3({ info: { title: 'Things', version, description: 'Things API.', contact: { name: 'API team' } } });

describe('api-info-version-semver', () => {
  it.each(['1.0.0', '2.13.4', '1.0.0-beta.2', '3.1.0+build.7'])('valid: %s', async (version) => {
    expect(await pathsFlagged('api-info-version-semver', withVersion(version))).toEqual([]);
  });

  it.each(['1', '1.0', 'v1.0.0', '2024-06-01', 'latest'])('invalid: %s', async (version) => {
    expect(await pathsFlagged('api-info-version-semver', withVersion(version))).toEqual(['info.version']);
  });
});
