// `api-review explain <rule-id>`: a breaking-change check or a lint rule, explained.
import { explainCheck } from '../diff/explain-check.js';
import { explainRule } from '../lint/index.js';
import { cliConfig, cliRuleset } from './cli-context.js';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';
import type { ParsedOptions } from './parse-options.js';

export async function explainCommand(options: ParsedOptions, output: Output): Promise<number> {
  const id = options.positionals[0];
  if (!id || options.positionals.length !== 1) throw new CliError('usage: api-review explain <rule-id>');
  const check = explainCheck(id);
  if (check) {
    output.out(check);
    return 0;
  }
  const config = await cliConfig(options.config);
  const rule = explainRule(id, await cliRuleset(options.ruleset, config));
  if (rule) {
    output.out(rule);
    return 0;
  }
  throw new CliError(`${id}: no breaking-change check or lint rule has this id (see docs/rules.md and docs/guidelines.md)`);
}
