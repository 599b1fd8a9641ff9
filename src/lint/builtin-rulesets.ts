// analyze: the rulesets an `extends` may name besides files of the repository. Each is data
// bundled with our dependencies; nothing is downloaded and no package is resolved by name.
import './spectral-patches/native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import { asyncapi, oas } from '@stoplight/spectral-rulesets';
import owasp from '@stoplight/spectral-owasp-ruleset';

const BUILTIN_RULESETS: ReadonlyMap<string, object> = new Map<string, object>([
  ['spectral:oas', oas],
  ['spectral:asyncapi', asyncapi],
  ['spectral:owasp', owasp],
  // The package name is how Spectral's own documentation tells users to extend it.
  ['@stoplight/spectral-owasp-ruleset', owasp],
]);

export function builtinRuleset(name: string): object | undefined {
  return BUILTIN_RULESETS.get(name);
}

export const BUILTIN_RULESET_NAMES = ['spectral:oas', 'spectral:asyncapi', 'spectral:owasp'] as const;
