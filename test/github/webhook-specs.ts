// The API descriptions the App's tests put in their fake repositories (test/fixtures/webhooks/specs).
import { readFileSync } from 'node:fs';

export function webhookSpec(name: string): string {
  return readFileSync(new URL(`../fixtures/webhooks/specs/${name}`, import.meta.url), 'utf8');
}
