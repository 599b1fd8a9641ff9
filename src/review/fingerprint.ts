// assess: a stable handle for a finding. It leaves out lines on purpose, so a push that only moves
// text keeps every fingerprint, while a different change gets a different one. The path is an
// identity path (array items named by what they are, see specs/identity-path.ts) and `values`
// are what changed (names, enum values, types), so a reorder keeps a fingerprint and another
// change at the same index does not inherit it.
import { createHash } from 'node:crypto';
import type { IdentitySegment } from '../specs/identity-path.js';

export interface FingerprintParts {
  rule: string;
  spec: string;
  operation: string | null;
  path: readonly IdentitySegment[];
  values?: readonly string[];
}

export function fingerprint(parts: FingerprintParts): string {
  // JSON keeps segment boundaries unambiguous: a name containing `/` cannot pose as two segments.
  const key = JSON.stringify([parts.rule, parts.spec, parts.operation ?? '', parts.path, parts.values ?? []]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
