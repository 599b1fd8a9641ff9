// Test support for the diff engine: tiny YAML spec pairs loaded through the real loader, so
// fixtures read like the files users write and source lines are real.
import { configSchema, type ReviewConfig } from '../../src/config/config-schema.js';
import type { Change } from '../../src/diff/change.js';
import { diffSpecs } from '../../src/diff/diff-specs.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import type { LoadedSpec } from '../../src/specs/loaded-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { checkFamilies } from '../../src/diff/families.js';

export const NOW = new Date('2025-06-15T12:00:00Z');

/** Ids of the operation-level families; schema-level ids are the schema comparator's to test. */
const operationLevelIds = new Set<string>(
  checkFamilies.filter((family) => family.scope === 'operation').flatMap((family) => family.checks.map((check) => check.id)),
);

/** Removes the common indentation of a template literal, so YAML can be indented in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, part, index) => out + part + (index < values.length ? String(values[index]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent)).join('\n') + '\n';
}

/** An OpenAPI 3.0 document around `body` (YAML at root level: `paths:`, `components:` ...). */
export function openapi(body: string, version = '1.0'): string {
  return `openapi: 3.0.3\ninfo:\n  title: Test\n  version: '${version}'\n${body}`;
}

/** A document with one operation (`get /pets/{id}` by default) whose YAML is `operation`. */
export function operation(operationYaml: string, method = 'get', path = '/pets'): string {
  const indented = operationYaml.split('\n').map((line) => (line === '' ? line : `      ${line}`)).join('\n');
  return openapi(`paths:\n  ${path}:\n    ${method}:\n${indented}`);
}

export type Files = string | Record<string, string>;

export async function load(files: Files, root = 'openapi.yaml'): Promise<LoadedSpec> {
  const map = typeof files === 'string' ? { [root]: files } : files;
  const spec = await loadSpec(memorySource(map), root);
  if (spec.problems.some((problem) => problem.fatal)) {
    throw new Error(spec.problems.map((problem) => problem.message).join('\n'));
  }
  return spec;
}

export type BreakingConfig = ReviewConfig['breaking'];

export function breakingConfig(overrides: Record<string, unknown> = {}): BreakingConfig {
  return configSchema.parse({ breaking: overrides }).breaking;
}

export async function diff(base: Files, head: Files, config: Record<string, unknown> = {}, now = NOW): Promise<Change[]> {
  return diffSpecs(await load(base), await load(head), { config: breakingConfig(config), now });
}

/** The sorted operation-level ids a pair yields (schema-level ids left out). */
export async function diffIds(base: Files, head: Files, config: Record<string, unknown> = {}, now = NOW): Promise<string[]> {
  const changes = await diff(base, head, config, now);
  return changes.map((change) => change.id).filter((id) => operationLevelIds.has(id)).sort();
}
