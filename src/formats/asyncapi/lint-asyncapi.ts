// analyze: AsyncAPI lint through Spectral's own `spectral:asyncapi` ruleset (recommended rules),
// run by our Spectral runner: `$ref`s are served from the loaded files only, nothing is fetched.
import { Ruleset } from '@stoplight/spectral-core';
import { asyncapi } from '@stoplight/spectral-rulesets';
import { lintPart, type LintFinding } from '../../lint/index.js';
import type { LoadedSpec } from '../../specs/loaded-spec.js';

let ruleset: Ruleset | undefined;

export async function lintAsyncapi(spec: LoadedSpec): Promise<LintFinding[]> {
  ruleset ??= new Ruleset({ extends: [[asyncapi as never, 'recommended']] }, { source: 'spectral:asyncapi' });
  return lintPart(spec, ruleset, {});
}
