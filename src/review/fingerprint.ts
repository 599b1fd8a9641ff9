// assess: a stable handle for a finding. It leaves out lines and messages on purpose, so a push
// that only moves text keeps every fingerprint, while a different change gets a different one.
import { createHash } from 'node:crypto';
import type { JsonPath } from '../specs/source-location.js';

export function fingerprint(parts: { rule: string; spec: string; operation: string | null; path: JsonPath }): string {
  const key = [parts.rule, parts.spec, parts.operation ?? '', parts.path.map(String).join('/')].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
