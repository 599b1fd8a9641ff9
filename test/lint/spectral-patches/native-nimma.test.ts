// Spectral's runner walks documents with nimma's native build once any module of ours that loads
// Spectral is loaded. Proved by what runs: a lint goes through the native build's `query`, and
// none of the legacy build's own modules was ever loaded (had Spectral loaded `nimma/legacy` by
// another name, bundled its own copy or switched package, the spy would see no query).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireAsDependencyOf } from '../../../src/lint/spectral-patches/dependency-require.js';
import { lintSpec } from '../../../src/lint/lint-spec.js';
import { loadRuleset } from '../../../src/lint/load-ruleset.js';
import { spectralUsesNativeNimma } from '../../../src/lint/spectral-patches/native-nimma.js';
import { loadSpec } from '../../../src/specs/load-spec.js';
import { memorySource } from '../../../src/specs/memory-source.js';

const fromSpectral = requireAsDependencyOf('@stoplight/spectral-core');
const nativeNimma = (fromSpectral('nimma') as { default: { prototype: { query(...args: unknown[]): unknown } } }).default;
const legacyFile = fromSpectral.resolve('nimma/legacy');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('native nimma', () => {
  it('is registered as nimma/legacy', () => {
    expect(spectralUsesNativeNimma()).toBe(true);
  });

  it("is what Spectral's runner queries documents with", async () => {
    const query = vi.spyOn(nativeNimma.prototype, 'query');
    const ruleset = await loadRuleset({ kind: 'file', path: 'r.yaml', source: memorySource({ 'r.yaml': 'rules:\n  title:\n    given: $.info\n    then: { field: title, function: truthy }\n' }) });
    if (!ruleset.ok) throw new Error(JSON.stringify(ruleset.problems));
    const spec = await loadSpec(memorySource({ 'openapi.yaml': 'openapi: 3.0.3\ninfo: {version: "1"}\npaths: {}\n' }), 'openapi.yaml');
    const findings = await lintSpec(spec, ruleset.ruleset);
    expect(findings.map((finding) => finding.code)).toEqual(['title']);
    expect(query).toHaveBeenCalled();
  });

  it("never loads the legacy build's own modules", () => {
    const legacyFolder = legacyFile.slice(0, legacyFile.lastIndexOf('/') + 1);
    const loadedLegacy = Object.keys(fromSpectral.cache).filter((file) => file.startsWith(legacyFolder) && file !== legacyFile);
    expect(legacyFolder).toMatch(/legacy\/cjs\/$/);
    expect(loadedLegacy).toEqual([]);
  });
});
