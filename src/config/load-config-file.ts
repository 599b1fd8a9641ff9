// collect: a config file from disk (the CLI's `--config`, or `.github/api-review.yml` of the
// working tree), validated with the same schema the App uses.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { parseConfig, type ConfigOutcome } from './parse-config.js';

export async function loadConfigFile(path: string): Promise<ConfigOutcome> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, message: `${path}: is not valid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseConfig(data ?? {}, path);
}
