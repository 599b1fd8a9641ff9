// analyze: a policy applied after the checks: `breaking.ignore` entries drop matching changes.
// Every field an entry names must match: `id` and `path` are globs (picomatch), `path` is
// matched against the API path template of the change's operation, `operation` is exact. An
// entry past its `expires` day matches nothing (ignore-expiry.ts).
import picomatch from 'picomatch';
import type { Change } from './change.js';
import type { ReviewConfig } from '../config/config-schema.js';
import { activeIgnoreEntries } from './ignore-expiry.js';
import { formatOperationName, parseOperationName } from '../specs/operation-name.js';

export type IgnoreEntry = ReviewConfig['breaking']['ignore'][number];

export type IgnoreMatcher = (change: Change) => boolean;

export function ignoreMatcher(entries: readonly IgnoreEntry[], now: Date): IgnoreMatcher {
  const matchers = activeIgnoreEntries(entries, now).map(entryMatcher);
  return (change) => matchers.some((matches) => matches(change));
}

function entryMatcher(entry: IgnoreEntry): IgnoreMatcher {
  const id = entry.id === undefined ? undefined : picomatch(entry.id);
  const path = entry.path === undefined ? undefined : picomatch(entry.path, { dot: true });
  const operation = entry.operation === undefined ? undefined : normalizeOperation(entry.operation);
  return (change) => {
    if (id && !id(change.id)) return false;
    if (operation !== undefined && (change.operation === null || normalizeOperation(change.operation) !== operation)) {
      return false;
    }
    if (path) {
      const template = change.operation === null ? undefined : templateOf(change.operation);
      if (template === undefined || !path(template)) return false;
    }
    return true;
  };
}

/** `get  /pets/{id}` and `GET /pets/{id}` name the same operation. */
function normalizeOperation(operation: string): string {
  const { method, path } = parseOperationName(operation);
  return formatOperationName(method, path);
}

function templateOf(operation: string): string | undefined {
  const { path } = parseOperationName(operation);
  return path === '' ? undefined : path;
}
