import { describe, expect, it } from 'vitest';
import { describeOperations } from '../../src/digest/describe-operations.js';
import { toSpecFinding } from '../../src/digest/finding-operation.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

const root = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    parameters:
      - $ref: 'common.yaml#/parameters/Limit'
    get:
      summary: List pets
      description: '  '
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: sort, in: query, deprecated: true, x-sunset: '2027-03-01'}
      responses:
        '200': {description: ok}
        4XX: {$ref: 'common.yaml#/responses/Problem'}
    post:
      description: Adds a pet.
      deprecated: true
      x-sunset: 2027-01-31
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses:
        default: {description: error}
  /pets/{id}: {$ref: 'common.yaml#/pathItems/Pet'}
components:
  schemas:
    Pet: {type: object, example: {name: Rex}}
`;
const common = `parameters:
  Limit: {name: limit, in: query, deprecated: true, schema: {type: integer}}
responses:
  Problem:
    description: A problem.
    content:
      application/problem+json:
        examples:
          notFound: {value: {status: 404}}
pathItems:
  Pet:
    delete:
      summary: Delete
      responses:
        '204': {description: gone}
`;

describe('describeOperations', () => {
  it('reads each operation through $refs across files', async () => {
    const spec = await loadSpec(memorySource({ 'openapi.yaml': root, 'common.yaml': common }), 'openapi.yaml');
    expect(spec.problems).toEqual([]);
    expect(describeOperations(spec)).toEqual([
      {
        operation: 'GET /pets',
        ...{ hasSummary: true, hasDescription: false, hasErrorResponses: true, hasExamples: true, deprecated: false, sunset: undefined },
        source: { file: 'openapi.yaml', line: 7 },
        // Its own `limit` overrides the path item's deprecated one.
        deprecatedParameters: [{ parameter: 'query sort', sunset: '2027-03-01', source: { file: 'openapi.yaml', line: 12 } }],
      },
      {
        operation: 'POST /pets',
        ...{ hasSummary: false, hasDescription: true, hasErrorResponses: true, hasExamples: true, deprecated: true, sunset: '2027-01-31' },
        source: { file: 'openapi.yaml', line: 16 },
        // The path item's, through a `$ref` into another file: linked to that file's line.
        deprecatedParameters: [{ parameter: 'query limit', sunset: undefined, source: { file: 'common.yaml', line: 2 } }],
      },
      {
        operation: 'DELETE /pets/{id}',
        ...{ hasSummary: true, hasDescription: false, hasErrorResponses: false, hasExamples: false, deprecated: false, sunset: undefined },
        source: { file: 'common.yaml', line: 12 },
        deprecatedParameters: [],
      },
    ]);
  });
});

describe('toSpecFinding', () => {
  const finding = (file: string, path: (string | number)[]) => ({ code: 'r', severity: 'warning' as const, message: 'm', path, source: { file, line: 1 } });
  it.each([
    { name: 'inside an operation', file: 'openapi.yaml', path: ['paths', '/pets', 'get', 'responses'], operation: 'GET /pets' },
    { name: 'on the operation itself', file: 'openapi.yaml', path: ['paths', '/pets', 'post'], operation: 'POST /pets' },
    { name: 'on a path item', file: 'openapi.yaml', path: ['paths', '/pets', 'parameters', 0], operation: undefined },
    { name: 'in a shared schema', file: 'openapi.yaml', path: ['components', 'schemas', 'Pet'], operation: undefined },
    { name: 'in another file', file: 'common.yaml', path: ['paths', '/pets', 'get'], operation: undefined },
  ])('$name', ({ file, path, operation }) => expect(toSpecFinding(finding(file, path), 'openapi.yaml').operation).toBe(operation));
});
