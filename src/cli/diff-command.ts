// `api-review diff BASE HEAD [--format json|markdown|sarif] [--git BASE..HEAD]`
import { diffSpecs } from '../diff/diff-specs.js';
import type { Change } from '../diff/change.js';
import { emptySpecLike } from '../pipeline/empty-spec.js';
import { toSarif } from '../render/sarif.js';
import { loadSpec } from '../specs/load-spec.js';
import { cliConfig, parseNow } from './cli-context.js';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';
import { assertLoaded } from './input-problems.js';
import { comparedInputs } from './local-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { packageVersion } from './package-version.js';

export async function diffCommand(options: ParsedOptions, output: Output): Promise<number> {
  const config = await cliConfig(options.config);
  const inputs = await comparedInputs(options, config.specs, 'diff', 'json|markdown|sarif');
  try {
    const now = parseNow(options.now);
    const changes: Change[] = [];
    for (const pair of inputs.pairs) {
      const [base, head] = await Promise.all([
        pair.base ? loadSpec(inputs.base, pair.base, { limits: config.limits }) : undefined,
        pair.head ? loadSpec(inputs.head, pair.head, { limits: config.limits }) : undefined,
      ]);
      assertLoaded(base, head);
      const baseSpec = base ?? emptySpecLike(head!);
      const headSpec = head ?? emptySpecLike(base!);
      // A loop, not `push(...)`: spreading 10^5 changes as arguments overflows the stack.
      for (const change of diffSpecs(baseSpec, headSpec, { config: config.breaking, now })) changes.push(change);
    }
    printChanges(changes, options.format ?? 'markdown', output);
    return 0;
  } finally {
    inputs.close();
  }
}

function printChanges(changes: Change[], format: string, output: Output): void {
  switch (format) {
    case 'json':
      output.out(JSON.stringify({ changes }, null, 2));
      return;
    case 'sarif': {
      const level = { error: 'error', warning: 'warning', info: 'note' } as const;
      const results = changes.map((change) => ({ rule: change.id, level: level[change.level], message: change.message, source: change.source, path: change.path }));
      output.out(JSON.stringify(toSarif(results, packageVersion()), null, 2));
      return;
    }
    case 'markdown':
    case 'text':
      output.out(
        changes.length === 0
          ? 'No changes.'
          : changes.map((change) => `- **${change.level}** \`${change.id}\` ${change.operation ? `\`${change.operation}\` ` : ''}${change.message} (${change.source.file}:${change.source.line})`).join('\n'),
      );
      return;
    default:
      throw new CliError(`--format ${format}: diff prints json, markdown or sarif`);
  }
}
