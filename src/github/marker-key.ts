// trigger: the key that signs this App's acceptance and revoke records (commands/command-marker.ts),
// derived with HKDF from the App's own secret — WEBHOOK_SECRET, else the private key — under a
// fixed label, so the secret itself is never used as the key. Without either (a token-only
// development run) a random key per process is used: records then hold only until a restart,
// which fails closed (the check asks for acceptance again) rather than trusting unsigned text.
import { hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MarkerKey } from '../commands/command-marker.js';

const label = 'api-review-bot command marker v1';

export function markerKeyFrom(env: NodeJS.ProcessEnv): MarkerKey {
  const secret = appSecretOf(env);
  return secret === undefined ? randomBytes(32) : Buffer.from(hkdfSync('sha256', secret, '', label, 32));
}

function appSecretOf(env: NodeJS.ProcessEnv): string | undefined {
  if (env.WEBHOOK_SECRET) return env.WEBHOOK_SECRET;
  if (env.PRIVATE_KEY) return env.PRIVATE_KEY;
  if (env.PRIVATE_KEY_PATH) return readFileSync(env.PRIVATE_KEY_PATH, 'utf8');
  return undefined;
}

let processKey: MarkerKey | undefined;

/** The server's key, from its environment, derived once. */
export function markerKey(): MarkerKey {
  processKey ??= markerKeyFrom(process.env);
  return processKey;
}
