// llm: strings that look like credentials are replaced before spec text leaves for a model.
// Examples in API descriptions often carry real tokens pasted from a terminal; a model's
// provider must never receive them.

export const redacted = '[REDACTED]';

/**
 * Well-known token shapes, matched anywhere inside a string. A first capture group is the text
 * that names the secret (`password=`, `Bearer `, `postgres://`): it is kept, only the value goes.
 */
const tokenPatterns: readonly RegExp[] = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bsk-(?:proj-|live_|test_)?[A-Za-z0-9_-]{16,}\b/g,
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b((?:Bearer|Basic|Token)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b((?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|client[_-]?secret)\s*[=:]\s*)[^\s&"',;]{4,}/gi,
  // The user-information part of a URL: `scheme://user:password@host`, or a token as the user.
  /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>]+(?=@)/gi,
  /\bhttps:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g,
  /\bnpm_[A-Za-z0-9]{30,}\b/g,
  /\b((?:Account|SharedAccess)Key\s*=\s*)[A-Za-z0-9+/=]{16,}/gi,
  /\b(aws_secret_access_key\s*[=:]\s*["']?)[A-Za-z0-9/+=]{30,}/gi,
];

/** Field or parameter names whose example values are credentials. */
const sensitiveName = /pass(?:word|wd|phrase)?$|^pwd$|secret|api[_-]?key|apikey|token|authorization|credential|private[_-]?key|session[_-]?id|cookie/i;

/** Keys that describe a sensitive field rather than hold its value (kept, so the schema stays readable). */
const describingKeys = new Set([
  '$ref', 'type', 'format', 'description', 'summary', 'title', 'pattern', 'in', 'name', 'style',
  'operationId', 'contentMediaType', 'contentEncoding', 'scheme', 'bearerFormat',
]);

export function redactSecrets(value: unknown): unknown {
  return redactValue(value, false, undefined);
}

export function redactText(text: string): string {
  return tokenPatterns.reduce(
    (current, pattern) => current.replace(pattern, (_match, prefix: unknown) => (typeof prefix === 'string' ? `${prefix}${redacted}` : redacted)),
    text,
  );
}

function redactValue(value: unknown, sensitive: boolean, key: string | undefined): unknown {
  if (typeof value === 'string') return sensitive && !describingKeys.has(key ?? '') ? redacted : redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, sensitive, key));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  // A parameter or header object names its field in `name`: `{ name: api_key, example: ... }`.
  const named = typeof record.name === 'string' && sensitiveName.test(record.name);
  return Object.fromEntries(
    Object.entries(record).map(([childKey, child]) => [childKey, redactValue(child, sensitive || named || sensitiveName.test(childKey), childKey)]),
  );
}
