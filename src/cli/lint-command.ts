// `api-review lint SPEC [--format json|text|sarif] [--ruleset FILE]`
import { lintSpec } from '../lint/lint-spec.js';
import { toSarif } from '../render/sarif.js';
import { loadSpec } from '../specs/load-spec.js';
import { cliConfig, cliRuleset } from './cli-context.js';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';
import { assertLoaded } from './input-problems.js';
import { localFile } from './local-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { packageVersion } from './package-version.js';

export async function lintCommand(options: ParsedOptions, output: Output): Promise<number> {
  if (options.positionals.length !== 1) throw new CliError('usage: api-review lint SPEC [--format json|text|sarif] [--ruleset FILE]');
  const config = await cliConfig(options.config);
  const ruleset = await cliRuleset(options.ruleset, config);
  const file = localFile(options.positionals[0] as string, 'the working tree');
  const spec = await loadSpec(file.source, file.path, { limits: config.limits });
  assertLoaded(spec);
  const findings = await lintSpec(spec, ruleset);
  switch (options.format ?? 'text') {
    case 'json':
      output.out(JSON.stringify({ findings }, null, 2));
      break;
    case 'sarif': {
      const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
      const results = findings.map((finding) => ({ rule: finding.code, level: level[finding.severity], message: finding.message, source: finding.source, path: finding.path }));
      output.out(JSON.stringify(toSarif(results, packageVersion()), null, 2));
      break;
    }
    case 'text':
    case 'markdown':
      output.out(findings.length === 0 ? `${file.path}: no lint findings` : findings.map((finding) => `${finding.source.file}:${finding.source.line} ${finding.severity} ${finding.code} ${finding.message}`).join('\n'));
      break;
    default:
      throw new CliError(`--format ${options.format}: lint prints json, text or sarif`);
  }
  return 0;
}
