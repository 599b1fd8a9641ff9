import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedMaterial, sharedPath } from '../shared-material.js';
import { catalog, findCheck, hasCheck } from '../../src/diff/catalog.js';
import { checkFamilies } from '../../src/diff/families.js';

const referencePath = sharedPath('reference', 'oasdiff-check-ids.json');
const hasReference = hasSharedMaterial(referencePath, 'the catalog against oasdiff’s check ids (2 tests)');
const levels: Record<string, string> = { ERR: 'error', WARN: 'warning', INFO: 'info' };

interface ReferenceCheck {
  id: string;
  level: string;
}

describe('check catalog', () => {
  it.skipIf(!hasReference)('has every oasdiff id with oasdiff’s level', () => {
    const reference = (JSON.parse(readFileSync(referencePath, 'utf8')) as { checks: ReferenceCheck[] }).checks;
    const expected = Object.fromEntries(reference.map((check) => [check.id, levels[check.level]]));
    const ours = Object.fromEntries(catalog.filter((check) => check.id in expected).map((check) => [check.id, check.level]));
    expect(ours).toEqual(expected);
  });

  it.skipIf(!hasReference)('marks exactly the ids oasdiff does not have as our own', () => {
    const reference = new Set((JSON.parse(readFileSync(referencePath, 'utf8')) as { checks: ReferenceCheck[] }).checks.map((check) => check.id));
    const ours = catalog.filter((check) => check.ours === true).map((check) => check.id);
    expect(catalog.filter((check) => !reference.has(check.id)).map((check) => check.id)).toEqual(ours);
  });

  it('defines each id once across the family files', () => {
    const all = checkFamilies.flatMap((family) => family.checks.map((check) => check.id));
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  it('describes every check in one sentence with a migration hint', () => {
    for (const check of catalog) {
      expect(check.description, check.id).toMatch(/^[A-Z`].*[.)]$/);
      expect(check.migration.length, check.id).toBeGreaterThan(10);
    }
  });

  it('finds checks by id', () => {
    expect(findCheck('request-parameter-became-required')?.level).toBe('error');
    expect(hasCheck('endpoint-added')).toBe(true);
    expect(hasCheck('no-such-check')).toBe(false);
  });
});
