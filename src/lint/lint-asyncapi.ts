// analyze: AsyncAPI lint through Spectral's own `spectral:asyncapi` ruleset (recommended rules),
// run by our Spectral runner: `$ref`s are served from the loaded files only, nothing is fetched.
// Here, behind the lint entry, because it builds a Spectral ruleset: Spectral's engine is loaded
// by src/lint only, after its patches (native nimma first).
import './spectral-patches/native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import { Ruleset } from '@stoplight/spectral-core';
import { asyncapi } from '@stoplight/spectral-rulesets';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import type { LintFinding } from './lint-finding.js';
import { lintPart } from './lint-spec.js';

let ruleset: Ruleset | undefined;

export async function lintAsyncapi(spec: LoadedSpec): Promise<LintFinding[]> {
  ruleset ??= new Ruleset({ extends: [[asyncapi as never, 'recommended']] }, { source: 'spectral:asyncapi' });
  return lintPart(spec, ruleset, {});
}
