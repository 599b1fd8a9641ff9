// Command line parsing with Node's own parseArgs: the options every command shares.
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';

export interface ParsedOptions {
  command: string | undefined;
  positionals: string[];
  format?: string;
  config?: string;
  ruleset?: string;
  git?: string;
  now?: string;
  failOn?: string;
  outputFile?: string;
  help: boolean;
  version: boolean;
  /** No progress line on standard error (`--quiet`). */
  quiet?: boolean;
}

export function parseOptions(argv: string[]): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        ruleset: { type: 'string', short: 'r' },
        git: { type: 'string' },
        now: { type: 'string' },
        'fail-on': { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
      },
    });
    const [command, ...rest] = positionals;
    return {
      command,
      positionals: rest,
      ...(values.format !== undefined ? { format: values.format } : {}),
      ...(values.config !== undefined ? { config: values.config } : {}),
      ...(values.ruleset !== undefined ? { ruleset: values.ruleset } : {}),
      ...(values.git !== undefined ? { git: values.git } : {}),
      ...(values.now !== undefined ? { now: values.now } : {}),
      ...(values['fail-on'] !== undefined ? { failOn: values['fail-on'] } : {}),
      ...(values.output !== undefined ? { outputFile: values.output } : {}),
      help: values.help ?? false,
      version: values.version ?? false,
      quiet: values.quiet ?? false,
    };
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\nRun \`api-review --help\` for usage.`);
  }
}
