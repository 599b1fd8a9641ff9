import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runsFullTests, slowTestFiles } from './slow-test-files.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the slow test files left out of the quick run', () => {
  // A renamed file would silently rejoin the quick run; a stale entry misleads whoever reads the list.
  it.each(Object.keys(slowTestFiles))('%s exists', (path) => {
    expect(existsSync(`${root}${path}`)).toBe(true);
  });

  it.each([
    { env: {}, full: false },
    { env: { API_REVIEW_FULL_TESTS: '1' }, full: true },
    { env: { API_REVIEW_FULL_TESTS: '0' }, full: false },
    { env: { API_REVIEW_FULL_TESTS: 'true' }, full: false },
  ])('runs every file only when API_REVIEW_FULL_TESTS is exactly 1 ($env)', ({ env, full }) => {
    expect(runsFullTests(env)).toBe(full);
  });

  it.each([
    { args: [], full: false },
    { args: ['--reporter=json', '--outputFile.json=/tmp/report.json'], full: false },
    { args: ['test/github/faults.test.ts'], full: true },
    { args: ['--reporter=dot', 'test/github'], full: true },
  ])('runs files named on the command line whatever their speed ($args)', ({ args, full }) => {
    expect(runsFullTests({}, args)).toBe(full);
  });
});
