// identityPath: array items named by what they are, so a reorder keeps a path and another item
// at the same index gets a different one.
import { describe, expect, it } from 'vitest';
import { identityPath } from '../../src/specs/identity-path.js';

const document = {
  paths: {
    '/repos': {
      get: {
        tags: ['repos', 'admin'],
        security: [{ oauth: ['read'] }, { apiKey: [], basic: [] }],
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', enum: [10, 50, 100] } },
          { $ref: '#/components/parameters/Page' },
          { $ref: 'other.yaml#/Shared' },
        ],
        responses: {
          '200': {
            content: {
              'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: 'object' }], required: ['id'] } },
            },
          },
        },
      },
    },
  },
  components: { parameters: { Page: { name: 'page', in: 'query' } } },
  tags: [{ name: 'repos' }, { name: 'admin' }],
};

const operation = ['paths', '/repos', 'get'] as const;
const schema = [...operation, 'responses', '200', 'content', 'application/json', 'schema'] as const;

describe('identityPath', () => {
  it.each([
    { name: 'an inline parameter', path: [...operation, 'parameters', 0, 'schema'], expected: [...operation, 'parameters', 'query:limit', 'schema'] },
    { name: 'a referenced parameter, by what it references', path: [...operation, 'parameters', 1, 'required'], expected: [...operation, 'parameters', 'query:page', 'required'] },
    { name: 'a parameter in another file, by its reference', path: [...operation, 'parameters', 2], expected: [...operation, 'parameters', '$ref:other.yaml#/Shared'] },
    { name: 'an enum value', path: [...operation, 'parameters', 0, 'schema', 'enum', 2], expected: [...operation, 'parameters', 'query:limit', 'schema', 'enum', '=100'] },
    { name: 'a tag of an operation', path: [...operation, 'tags', 1], expected: [...operation, 'tags', '=admin'] },
    { name: 'a security requirement, by its schemes', path: [...operation, 'security', 1], expected: [...operation, 'security', 'security:apiKey+basic'] },
    { name: 'a referenced oneOf member', path: [...schema, 'oneOf', 0], expected: [...schema, 'oneOf', '$ref:#/components/schemas/Cat'] },
    { name: 'an inline oneOf member keeps its index', path: [...schema, 'oneOf', 1, 'type'], expected: [...schema, 'oneOf', 1, 'type'] },
    { name: 'a required property name', path: [...schema, 'required', 0], expected: [...schema, 'required', '=id'] },
    { name: 'a document tag object', path: ['tags', 1], expected: ['tags', 'name:admin'] },
    { name: 'a path past the document', path: [...operation, 'parameters', 7, 'x'], expected: [...operation, 'parameters', 7, 'x'] },
    { name: 'a numeric object key stays a key', path: [...operation, 'responses', '200'], expected: [...operation, 'responses', '200'] },
  ])('$name', ({ path, expected }) => expect(identityPath(document, path)).toEqual(expected));
});
