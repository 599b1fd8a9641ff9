// llm: prompt text lives in prompts/*.md (reviewed like code, never strings in TypeScript);
// this fills their `{{name}}` slots in one pass, so a value is never scanned for more slots.
import { readFileSync } from 'node:fs';

const promptsFolder = new URL('../../prompts/', import.meta.url);
const cache = new Map<string, string>();

export function renderPrompt(name: string, values: Readonly<Record<string, string | number>>): string {
  return readPrompt(name).replace(/\{\{(\w+)\}\}/g, (_slot, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompts/${name}.md: no value for {{${key}}}`);
    return String(value);
  });
}

function readPrompt(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.md`, promptsFolder), 'utf8').replace(/\s+$/, '');
    cache.set(name, text);
  }
  return text;
}
