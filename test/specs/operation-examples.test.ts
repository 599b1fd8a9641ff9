// One meaning of "the operation has examples", for the review's checklist and the digest's
// documentation completeness: an `example`/`examples` on a parameter, the request body or a
// response (media type or its schema), `$ref`s followed; a property merely named like one is not.
import { describe, expect, it } from 'vitest';
import { describeOperations } from '../../src/digest/describe-operations.js';
import { operationFacts } from '../../src/review/operation-facts.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

function spec(operation: string[], components: string[] = []): string {
  return [
    'openapi: 3.0.3',
    'info: { title: Pets, version: 1.0.0 }',
    'paths:',
    '  /pets:',
    '    get:',
    ...operation.map((line) => `      ${line}`),
    ...(components.length > 0 ? ['components:', ...components.map((line) => `  ${line}`)] : []),
    '',
  ].join('\n');
}

const okResponse = "responses: { '200': { description: ok } }";

describe('has examples: the review and the digest agree', () => {
  it.each([
    { name: 'no example anywhere', lines: [okResponse], components: [], expected: false },
    {
      name: 'an example on a response media type',
      lines: ["responses: { '200': { description: ok, content: { application/json: { example: { id: 1 } } } } }"],
      components: [],
      expected: true,
    },
    {
      name: 'an example on a referenced response',
      lines: ["responses: { '200': { $ref: '#/components/responses/Ok' } }"],
      components: ['responses:', "  Ok: { description: ok, content: { application/json: { examples: { one: { value: { id: 1 } } } } } }"],
      expected: true,
    },
    {
      name: 'an example on a referenced response schema',
      lines: ["responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } } }"],
      components: ['schemas:', '  Pet: { type: object, example: { id: 1 } }'],
      expected: true,
    },
    {
      name: 'an example on a referenced parameter',
      lines: ["parameters: [{ $ref: '#/components/parameters/Limit' }]", okResponse],
      components: ['parameters:', '  Limit: { name: limit, in: query, schema: { type: integer }, example: 10 }'],
      expected: true,
    },
    {
      name: 'a property named exampleId is not an example',
      lines: ["responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { exampleId: { type: string } } } } } } }"],
      components: [],
      expected: false,
    },
  ])('$name', async ({ lines, components, expected }) => {
    const loaded = await loadSpec(memorySource({ 'openapi.yaml': spec(lines, components) }), 'openapi.yaml');
    expect(loaded.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(operationFacts(loaded, 'GET /pets')?.hasExamples).toBe(expected);
    expect(describeOperations(loaded)[0]?.hasExamples).toBe(expected);
  });
});
