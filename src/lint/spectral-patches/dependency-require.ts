// analyze: loading a package the way one of our dependencies loads it. What the lint tunes (AJV,
// nimma, immer) are Spectral's dependencies, not ours: npm may install another copy beside the
// dependency, and the copy that counts is the one that dependency resolves.
import { createRequire } from 'node:module';

/** A `require` that resolves packages as `dependency` (one of ours) resolves them. */
export function requireAsDependencyOf(dependency: string): NodeJS.Require {
  return createRequire(createRequire(import.meta.url).resolve(dependency));
}
