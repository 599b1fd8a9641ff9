// Validates raw config data against the schema and says exactly which key is wrong.
import type { ZodIssue } from 'zod';
import { configSchema, type ReviewConfig } from './config-schema.js';

export type ConfigOutcome = { ok: true; config: ReviewConfig } | { ok: false; message: string };

export function parseConfig(data: unknown, file = '.github/api-review.yml'): ConfigOutcome {
  const result = configSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, message: `${file}: ${result.error.issues.map(describeIssue).join('; ')}` };
}

function describeIssue(issue: ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? ` in ${key}` : '';
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((name) => `\`${name}\``).join(', ')}${where}`;
  }
  return `\`${key}\`: ${issue.message}`;
}
