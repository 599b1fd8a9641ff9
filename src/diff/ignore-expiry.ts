// analyze: a policy read before `breaking.ignore` applies: an entry with `expires` past its day
// stops applying, and the review names it, so a temporary exception cannot become permanent by
// accident. The time is passed in; the pipeline reads no clock.
import type { ReviewConfig } from '../config/config-schema.js';
import { isExpired } from '../review/expiry-date.js';
import type { ExpiredIgnore } from '../review/review.js';

type IgnoreEntry = ReviewConfig['breaking']['ignore'][number];

/** The entries that still apply at `now`. */
export function activeIgnoreEntries(entries: readonly IgnoreEntry[], now: Date): IgnoreEntry[] {
  return entries.filter((entry) => entry.expires === undefined || !isExpired(entry.expires, now));
}

/** The entries past their date, each as one line naming what it matched. */
export function expiredIgnoreEntries(entries: readonly IgnoreEntry[], now: Date): ExpiredIgnore[] {
  return entries.flatMap((entry) =>
    entry.expires !== undefined && isExpired(entry.expires, now) ? [{ entry: describeEntry(entry), expires: entry.expires, reason: entry.reason }] : [],
  );
}

function describeEntry(entry: IgnoreEntry): string {
  const fields: [string, string | undefined][] = [['id', entry.id], ['operation', entry.operation], ['path', entry.path]];
  return fields.flatMap(([name, value]) => (value === undefined ? [] : [`${name}: ${value}`])).join(', ');
}
