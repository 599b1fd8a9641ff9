// One walk up to our own package.json serves the shipped ruleset, its guide, `--version`, SARIF
// and the Action.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDELINES_PATH, SHIPPED_RULESET_PATH } from '../src/lint/shipped-ruleset.js';
import { packageRoot, packageVersion } from '../src/package-root.js';

describe('the package root', () => {
  it('is the folder of our package.json, whose version it reads', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name: string; version: string };
    expect(manifest.name).toBe('api-review-bot');
    expect(packageVersion()).toBe(manifest.version);
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([SHIPPED_RULESET_PATH, GUIDELINES_PATH])('holds %s', (path) => {
    expect(existsSync(join(packageRoot(), path))).toBe(true);
  });
});
