// analyze: a small in-memory cache of lint results, keyed by what was linted: a content hash of
// the spec's files, the part of it, and the ruleset's rules. A re-run, or a push that leaves a
// spec as it was, lints nothing again — even though each review loads its ruleset anew.
// Bounded: the least recently used entry goes first.
import { createHash } from 'node:crypto';
import type { Ruleset } from '@stoplight/spectral-core';
import type { LintFinding } from '../lint-finding.js';

export interface LintCache {
  get(key: string): Promise<LintFinding[]> | undefined;
  set(key: string, findings: Promise<LintFinding[]>): void;
  /** Forgets everything (the bench measures cold reviews with it). */
  clear(): void;
}

export function createLintCache(maxEntries = 32): LintCache {
  const entries = new Map<string, Promise<LintFinding[]>>();
  return {
    get: (key) => {
      const found = entries.get(key);
      if (found) {
        // Most recently used goes last, so the first key is the one to evict.
        entries.delete(key);
        entries.set(key, found);
      }
      return found;
    },
    set: (key, findings) => {
      entries.set(key, findings);
      // A failed lint is not remembered: the next review tries again.
      findings.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    clear: () => entries.clear(),
  };
}

/** The process-wide cache the App and the CLI share. */
export const sharedLintCache = createLintCache();

export function contentHash(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

const rulesetKeys = new WeakMap<Ruleset, Map<string, string>>();

/**
 * What the ruleset does to a document at `source` (overrides applied): every rule as Spectral
 * writes it out, without the ruleset's instance id, so two loads of one ruleset share entries.
 */
export function rulesetKey(ruleset: Ruleset, source: string): string {
  let bySource = rulesetKeys.get(ruleset);
  if (!bySource) rulesetKeys.set(ruleset, (bySource = new Map()));
  let key = bySource.get(source);
  if (key === undefined) {
    const effective = ruleset.fromSource(source);
    const rules = Object.values(effective.rules).map((rule) => ({ ...rule.toJSON(), owner: undefined }));
    const formats = [...effective.formats].map((format) => format.displayName ?? format.name);
    key = contentHash(JSON.stringify({ rules, formats, parserOptions: effective.parserOptions }));
    bySource.set(source, key);
  }
  return key;
}
