// analyze: a small in-memory cache of lint results, keyed by what was linted (a content hash of
// the file, the part of it, the ruleset). A re-run, or a push that leaves a spec as it was,
// lints nothing again. Bounded: the oldest entry goes first.
import { createHash } from 'node:crypto';
import type { Ruleset } from '@stoplight/spectral-core';
import type { LintFinding } from './lint-finding.js';

export interface LintCache {
  get(ruleset: Ruleset, key: string): Promise<LintFinding[]> | undefined;
  set(ruleset: Ruleset, key: string, findings: Promise<LintFinding[]>): void;
}

export function createLintCache(maxEntries = 32): LintCache {
  // Per ruleset object: a repository's own ruleset never answers for another's.
  const byRuleset = new WeakMap<Ruleset, Map<string, Promise<LintFinding[]>>>();
  const entriesOf = (ruleset: Ruleset): Map<string, Promise<LintFinding[]>> => {
    let entries = byRuleset.get(ruleset);
    if (!entries) byRuleset.set(ruleset, (entries = new Map()));
    return entries;
  };
  return {
    get: (ruleset, key) => {
      const entries = entriesOf(ruleset);
      const found = entries.get(key);
      if (found) {
        // Most recently used goes last, so the first key is the one to evict.
        entries.delete(key);
        entries.set(key, found);
      }
      return found;
    },
    set: (ruleset, key, findings) => {
      const entries = entriesOf(ruleset);
      entries.set(key, findings);
      // A failed lint is not remembered: the next review tries again.
      findings.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** The process-wide cache the App and the CLI share. */
export const sharedLintCache = createLintCache();

export function contentHash(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}
