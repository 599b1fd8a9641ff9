import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { resolveNode, rootNode } from '../../src/specs/resolve-node.js';

const petstore = `openapi: 3.0.3
info:
  title: Pets
  version: 1.0.0
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: './schemas/pet.yaml#/Pet'
`;

const petSchema = `Pet:
  type: object
  properties:
    name:
      type: string
    owner:
      $ref: '../shared/owner.yaml'
`;

describe('loadSpec', () => {
  it('loads every file a $ref reaches, relative to the referencing file', async () => {
    const spec = await loadSpec(
      memorySource({ 'api/openapi.yaml': petstore, 'api/schemas/pet.yaml': petSchema, 'api/shared/owner.yaml': 'type: string\n' }),
      'api/openapi.yaml',
    );
    expect(spec.problems).toEqual([]);
    expect(spec.version).toBe('3.0');
    expect([...spec.files.keys()].sort()).toEqual(['api/openapi.yaml', 'api/schemas/pet.yaml', 'api/shared/owner.yaml']);
  });

  it('follows $refs lazily and locates values in the file they live in', async () => {
    const spec = await loadSpec(
      memorySource({ 'api/openapi.yaml': petstore, 'api/schemas/pet.yaml': petSchema, 'api/shared/owner.yaml': 'type: string\n' }),
      'api/openapi.yaml',
    );
    const schema = resolveNode(spec, rootNode(spec, ['paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema']));
    expect(schema.file).toBe('api/schemas/pet.yaml');
    expect(spec.locate(schema.file, [...schema.path, 'properties', 'name'])).toEqual({ file: 'api/schemas/pet.yaml', line: 4, column: 10 });
  });

  it.each<{ name: string; files: Record<string, string | Uint8Array>; code: string; mentions: string }>([
    {
      name: 'invalid YAML',
      files: { 'openapi.yaml': 'openapi: 3.0.0\npaths: [\n' },
      code: 'parse-error',
      mentions: 'openapi.yaml',
    },
    {
      name: 'invalid JSON',
      files: { 'openapi.json': '{"openapi": "3.0.0",\n "paths": }' },
      code: 'parse-error',
      mentions: 'openapi.json',
    },
    {
      name: 'not an API description',
      files: { 'openapi.yaml': 'name: my-package\nversion: 1.0.0\n' },
      code: 'not-an-api-description',
      mentions: 'neither an `openapi` nor a `swagger` field',
    },
    {
      name: 'missing $ref file',
      files: { 'openapi.yaml': petstore.replace('./schemas/pet.yaml#/Pet', './nope.yaml') },
      code: 'file-missing',
      mentions: 'nope.yaml',
    },
    {
      name: 'missing $ref pointer',
      files: { 'openapi.yaml': petstore.replace('./schemas/pet.yaml#/Pet', '#/components/schemas/Nope') },
      code: 'ref-missing',
      mentions: '#/components/schemas/Nope',
    },
    {
      name: 'remote $ref',
      files: { 'openapi.yaml': petstore.replace('./schemas/pet.yaml#/Pet', 'http://169.254.169.254/latest/meta-data') },
      code: 'ref-remote',
      mentions: 'never fetched',
    },
    {
      name: '$ref out of the repository',
      files: { 'openapi.yaml': petstore.replace('./schemas/pet.yaml#/Pet', '../../etc/passwd') },
      code: 'ref-outside-repository',
      mentions: 'leaves the repository root',
    },
    {
      name: '$ref into a source file',
      files: { 'openapi.yaml': petstore.replace('./schemas/pet.yaml#/Pet', './src/pet.ts'), 'src/pet.ts': 'type: object\n' },
      code: 'ref-not-a-document',
      mentions: 'is never read',
    },
    {
      name: 'binary file',
      files: { 'openapi.yaml': new Uint8Array([0x6f, 0x00, 0xff, 0xfe]) },
      code: 'not-text',
      mentions: 'not UTF-8 text',
    },
    {
      name: 'YAML alias bomb',
      files: {
        'openapi.yaml': `openapi: 3.0.0\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
      },
      code: 'limit-exceeded',
      mentions: 'limits.yaml_aliases',
    },
  ])('reports $name as a fatal problem naming the file', async ({ files, code, mentions }) => {
    const root = Object.keys(files)[0] as string;
    const spec = await loadSpec(memorySource(files), root);
    expect(spec.problems.map((problem) => problem.code)).toContain(code);
    const found = spec.problems.find((problem) => problem.code === code);
    expect(found?.message).toContain(mentions);
    expect(found?.fatal).toBe(true);
    expect(found?.source.file).toBe(root);
  });

  it('names the line of the offending $ref', async () => {
    const spec = await loadSpec(memorySource({ 'openapi.yaml': petstore.replace('./schemas/pet.yaml#/Pet', 'https://example.com/x.yaml') }), 'openapi.yaml');
    expect(spec.problems[0]?.source).toEqual({ file: 'openapi.yaml', line: 14 });
  });

  it('converts Swagger 2.0 and maps locations back to the original file', async () => {
    const swagger = `swagger: '2.0'
info:
  title: Pets
  version: 1.0.0
paths:
  /pets:
    get:
      produces: [application/json]
      responses:
        '200':
          description: ok
          schema:
            $ref: '#/definitions/Pet'
definitions:
  Pet:
    type: object
    properties:
      name:
        type: string
`;
    const spec = await loadSpec(memorySource({ 'swagger.yaml': swagger }), 'swagger.yaml');
    expect(spec.problems).toEqual([]);
    expect(spec.version).toBe('2.0');
    expect(spec.document.openapi).toMatch(/^3\.0/);
    const schema = resolveNode(spec, rootNode(spec, ['paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema']));
    expect(schema.path).toEqual(['components', 'schemas', 'Pet']);
    expect(spec.locate(schema.file, [...schema.path, 'properties', 'name'])).toEqual({ file: 'swagger.yaml', line: 18, column: 12 });
  });
});
