import { describe, expect, it } from 'vitest';
import { isNeverADocument, mayAffectSpecs } from '../../src/specs/spec-relevance.js';

describe('isNeverADocument', () => {
  it.each([
    { path: 'src/app.ts', never: true },
    { path: 'docs/README.MD', never: true },
    { path: 'assets/logo.png', never: true },
    // A `$ref` may name any of these: they are judged by reachability, not ruled out.
    { path: 'schemas/pet.schema', never: false },
    { path: 'schemas/pet.yaml', never: false },
    { path: 'schemas/Pet', never: false },
    { path: 'schemas/pet.ts.yaml', never: false },
    { path: '.ts', never: false },
    { path: 'notes.txt', never: false },
  ])('$path: $never', ({ path, never }) => expect(isNeverADocument(path)).toBe(never));
});

describe('mayAffectSpecs', () => {
  it.each([
    { name: 'only source code', changed: [{ status: 'modified' as const, path: 'src/app.ts' }], may: false },
    { name: 'a file with an unknown extension', changed: [{ status: 'modified' as const, path: 'src/app.ts' }, { status: 'modified' as const, path: 'schemas/pet.schema' }], may: true },
    { name: 'a rename away from a possible $ref target', changed: [{ status: 'renamed' as const, path: 'src/pet.ts', previousPath: 'schemas/pet.schema' }], may: true },
  ])('$name: $may', ({ changed, may }) => expect(mayAffectSpecs(changed)).toBe(may));
});
