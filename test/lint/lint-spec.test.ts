import { describe, expect, it } from 'vitest';
import { lintSpec } from '../../src/lint/lint-spec.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import type { LoadedRuleset } from '../../src/lint/loaded-ruleset.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

async function rulesetOf(yaml: string): Promise<LoadedRuleset> {
  const load = await loadRuleset({ kind: 'file', source: memorySource({ 'ruleset.yaml': yaml }), path: 'ruleset.yaml' });
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.ruleset;
}

async function lint(files: Record<string, string>, root: string, ruleset: string) {
  const spec = await loadSpec(memorySource(files), root);
  return lintSpec(spec, await rulesetOf(ruleset));
}

const INFO_RULES = `
rules:
  info-contact:
    given: $.info
    severity: warn
    message: Info needs a contact.
    then: { field: contact, function: truthy }
  schema-description:
    given: $..properties[*]
    severity: warn
    message: Property needs a description.
    then: { field: description, function: truthy }
`;

describe('lintSpec', () => {
  it('reports code, severity, message, path and a 1-based line in the root file', async () => {
    const findings = await lint(
      { 'openapi.yaml': 'openapi: 3.0.3\ninfo:\n  title: T\n  version: "1"\npaths: {}\n' },
      'openapi.yaml',
      INFO_RULES,
    );
    expect(findings).toEqual([
      { code: 'info-contact', severity: 'warning', message: 'Info needs a contact.', path: ['info'], source: { file: 'openapi.yaml', line: 2, column: 6 } },
    ]);
  });

  it('places findings inside a $ref-ed file in that file', async () => {
    const findings = await lint(
      {
        'api/openapi.yaml': [
          'openapi: 3.0.3',
          'info: {title: T, version: "1", contact: {name: x}}',
          'paths: {}',
          'components:',
          '  schemas:',
          '    Pet:',
          "      $ref: './schemas/pet.yaml'",
        ].join('\n'),
        'api/schemas/pet.yaml': 'type: object\nproperties:\n  id:\n    type: string\n',
      },
      'api/openapi.yaml',
      INFO_RULES,
    );
    expect(findings).toEqual([
      {
        code: 'schema-description',
        severity: 'warning',
        message: 'Property needs a description.',
        path: ['properties', 'id'],
        source: { file: 'api/schemas/pet.yaml', line: 3, column: 6 },
      },
    ]);
  });

  it('never fetches a remote $ref: it becomes an invalid-ref finding', async () => {
    const findings = await lint(
      {
        'openapi.yaml': [
          'openapi: 3.0.3',
          'info: {title: T, version: "1", contact: {name: x}}',
          'paths: {}',
          'components:',
          '  schemas:',
          "    Pet: {$ref: 'https://example.com/pet.yaml'}",
        ].join('\n'),
      },
      'openapi.yaml',
      INFO_RULES,
    );
    expect(findings.map((finding) => [finding.code, finding.source.line, finding.message])).toEqual([
      ['invalid-ref', 6, expect.stringContaining('is not fetched')],
    ]);
  });

  it('lints a Swagger 2.0 file as written, not its OpenAPI 3 conversion', async () => {
    const findings = await lint(
      { 'swagger.yaml': 'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths: {}\n' },
      'swagger.yaml',
      'extends: [[spectral:oas, off]]\nrules:\n  info-contact: warn\n',
    );
    expect(findings.map((finding) => [finding.code, finding.path, finding.source])).toEqual([
      ['info-contact', ['info'], { file: 'swagger.yaml', line: 2, column: 6 }],
    ]);
  });
});
