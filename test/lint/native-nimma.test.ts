// Spectral's runner walks documents with nimma's native build once any module of ours that loads
// Spectral is loaded: the legacy build must not have been loaded before the switch.
import { describe, expect, it } from 'vitest';
import { lintSpec } from '../../src/lint/lint-spec.js';
import { spectralUsesNativeNimma } from '../../src/lint/native-nimma.js';

describe('native nimma', () => {
  it('is what Spectral loads as nimma/legacy', () => {
    expect(lintSpec).toBeTypeOf('function');
    expect(spectralUsesNativeNimma()).toBe(true);
  });
});
