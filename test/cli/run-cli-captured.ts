// Runs the CLI in this process and captures what it prints: the tests' view of a terminal.
import { runCli } from '../../src/cli.js';
import type { Output } from '../../src/cli/cli-output.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const output: Output = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) };
  const code = await runCli(argv, output);
  return { code, out, err };
}
