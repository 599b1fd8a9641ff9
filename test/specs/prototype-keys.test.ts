// `__proto__`, `constructor` and `prototype` are legal property names in JSON Schema and in an
// API description. A spec that uses them is reviewed like any other: it loads with those keys as
// plain members (no prototype replaced, nothing polluted), its changes are found and it lints.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { diffSpecs } from '../../src/diff/diff-specs.js';
import { lintSpec } from '../../src/lint/lint-spec.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

type Polluted = { polluted?: unknown };

/** A response schema whose properties are named `__proto__`, `constructor` and `prototype`. */
function yamlSpec(protoType: string): string {
  return `openapi: 3.0.3
info: {title: prototype keys, version: '1', contact: {name: a}}
__proto__: {polluted: 'yes'}
paths:
  /pets:
    get:
      operationId: listPets
      description: Lists pets.
      tags: [pets]
      parameters:
        - {name: __proto__, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  __proto__: {type: ${protoType}}
                  constructor: {type: object, properties: {prototype: {type: object, properties: {polluted: {type: string}}}}}
                  prototype: {type: string}
                  scalar:
                    __proto__: 7
                    type: string
tags: [{name: pets, description: Pets.}]
`;
}

function jsonSpec(protoType: string): string {
  return JSON.stringify(
    {
      openapi: '3.0.3',
      info: { title: 'prototype keys', version: '1' },
      paths: {
        '/pets': {
          get: {
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/__proto__' } } } } },
          },
        },
      },
      components: {
        schemas: JSON.parse(`{"__proto__": {"type": "object", "properties": {"__proto__": {"type": "${protoType}"}, "constructor": {"type": "string"}, "prototype": {"type": "string"}}}}`) as unknown,
      },
    },
    null,
    2,
  );
}

const load = (name: string, text: string) => loadSpec(memorySource({ [name]: text }), name);
const polluted = () => ({} as Polluted).polluted;

afterEach(() => {
  delete (Object.prototype as Polluted).polluted;
});

describe('specs with prototype-named properties', () => {
  it.each([
    { format: 'YAML', name: 'openapi.yaml', text: yamlSpec },
    { format: 'JSON', name: 'openapi.json', text: jsonSpec },
  ])('$format: loads them as plain members, without a problem', async ({ name, text }) => {
    const spec = await load(name, text('string'));
    expect(spec.problems).toEqual([]);
    expect(polluted()).toBeUndefined();
    const schema = name.endsWith('.yaml')
      ? ((spec.document.paths as Record<string, Record<string, Record<string, unknown>>>)['/pets']?.get?.responses as Record<string, Record<string, Record<string, Record<string, Record<string, unknown>>>>>)['200']?.content?.['application/json']?.schema
      : ((spec.document.components as Record<string, Record<string, unknown>>).schemas as Record<string, unknown>)['__proto__'];
    const properties = (schema as { properties: Record<string, unknown> }).properties;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({ type: 'string' });
  });

  it('YAML: keeps the key order and a scalar __proto__ value', async () => {
    const spec = await load('openapi.yaml', yamlSpec('string'));
    expect(Object.keys(spec.document).slice(0, 4)).toEqual(['openapi', 'info', '__proto__', 'paths']);
    const json = JSON.stringify(spec.document);
    expect(json).toContain('"__proto__":{"polluted":"yes"}');
    expect(json).toContain('"scalar":{"__proto__":7,"type":"string"}');
  });

  it.each([
    { format: 'YAML', name: 'openapi.yaml', text: yamlSpec },
    { format: 'JSON', name: 'openapi.json', text: jsonSpec },
  ])('$format: finds a change to the __proto__ property', async ({ name, text }) => {
    const base = await load(name, text('string'));
    const head = await load(name, text('integer'));
    const changes = diffSpecs(base, head, { config: defaultConfig.breaking, now: new Date('2026-12-01') });
    expect(changes.map((change) => change.path.join('/'))).toContainEqual(expect.stringMatching(/properties\/__proto__/));
    expect(changes.some((change) => change.level === 'error')).toBe(true);
    expect(polluted()).toBeUndefined();
  });

  it.each([
    { format: 'YAML', name: 'openapi.yaml', text: yamlSpec },
    { format: 'JSON', name: 'openapi.json', text: jsonSpec },
  ])('$format: lints with the shipped guidelines, and a rule sees the members', async ({ name, text }) => {
    const spec = await load(name, text('string'));
    const shipped = await loadRuleset({ kind: 'shipped' });
    if (!shipped.ok) throw new Error('the shipped ruleset does not load');
    await expect(lintSpec(spec, shipped.ruleset)).resolves.toBeInstanceOf(Array);
    const own = await loadRuleset({
      kind: 'file',
      path: 'r.yaml',
      source: memorySource({ 'r.yaml': 'rules:\n  no-proto:\n    given: $..properties\n    then: { field: __proto__, function: falsy }\n' }),
    });
    if (!own.ok) throw new Error(JSON.stringify(own.problems));
    const findings = await lintSpec(spec, own.ruleset);
    expect(findings.map((finding) => finding.path.at(-1))).toContain('__proto__');
    expect(polluted()).toBeUndefined();
  });
});

describe('Swagger 2.0 specs with prototype-named properties', () => {
  const swagger2 = (protoType: string) => `swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      responses:
        "200":
          description: ok
          schema: {$ref: "#/definitions/__proto__"}
definitions:
  __proto__:
    type: object
    properties:
      __proto__: {type: ${protoType}}
      constructor: {type: string}
`;

  it('keeps them through the conversion to OpenAPI 3 and finds a change to one', async () => {
    const base = await load('swagger.yaml', swagger2('string'));
    expect(base.problems).toEqual([]);
    const schemas = (base.document.components as Record<string, Record<string, unknown>>).schemas as Record<string, unknown>;
    expect(Object.keys(schemas)).toEqual(['__proto__']);
    expect(JSON.stringify(base.document)).toContain('"$ref":"#/components/schemas/__proto__"');
    expect(JSON.stringify(schemas)).toBe('{"__proto__":{"type":"object","properties":{"__proto__":{"type":"string"},"constructor":{"type":"string"}}}}');
    const head = await load('swagger.yaml', swagger2('integer'));
    const changes = diffSpecs(base, head, { config: defaultConfig.breaking, now: new Date('2026-12-01') });
    expect(changes.map((change) => change.path.join('/'))).toContainEqual(expect.stringMatching(/properties\/__proto__/));
    expect(polluted()).toBeUndefined();
  });
});
