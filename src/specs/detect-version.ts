// parse: is this an API description, and of which version?
import type { SpecVersion } from './loaded-spec.js';

export type VersionOutcome = { ok: true; version: SpecVersion } | { ok: false; message: string };

export function detectVersion(data: unknown): VersionOutcome {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'is not an API description: the document is not an object' };
  }
  const record = data as Record<string, unknown>;
  if (record.swagger !== undefined) {
    return String(record.swagger) === '2.0'
      ? { ok: true, version: '2.0' }
      : { ok: false, message: `declares swagger "${String(record.swagger)}"; only 2.0 is supported` };
  }
  if (record.openapi !== undefined) {
    const openapi = String(record.openapi);
    if (/^3\.0(\.\d+)?$/.test(openapi)) return { ok: true, version: '3.0' };
    if (/^3\.1(\.\d+)?$/.test(openapi)) return { ok: true, version: '3.1' };
    return { ok: false, message: `declares openapi "${openapi}"; supported versions are 2.0, 3.0 and 3.1` };
  }
  return { ok: false, message: 'is not an API description: it has neither an `openapi` nor a `swagger` field' };
}

/** A cheap look at a file's text, for detecting spec files among many (no full parse). */
export function looksLikeApiDescription(text: string): boolean {
  const head = text.slice(0, 4096);
  return /(^|[{,\s])["']?(openapi|swagger)["']?\s*:\s*["']?(2\.0|3\.[01])/m.test(head);
}
