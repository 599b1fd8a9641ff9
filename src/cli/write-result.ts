// Where a command's result goes: standard output, or the file named by `-o FILE` (a CI step
// then uploads it, e.g. SARIF, while the log stays readable).
import { writeFileSync } from 'node:fs';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';

export function writeResult(text: string, outputFile: string | undefined, output: Output): void {
  if (outputFile === undefined) {
    output.out(text);
    return;
  }
  try {
    writeFileSync(outputFile, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    throw new CliError(`-o ${outputFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
