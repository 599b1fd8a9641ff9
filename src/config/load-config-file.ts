// collect: a config file from disk (the CLI's `--config`, or `.github/api-review.yml` of the
// working tree), validated with the same schema the App uses.
import { readFile } from 'node:fs/promises';
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
    // Imported when a config file is there to read: most local runs have none.
    const { parse } = await import('yaml');
    data = parse(text);
  } catch (error) {
    return { ok: false, message: `${path}: is not valid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseConfig(data ?? {}, path);
}
