import { describe, expect, it } from 'vitest';
import { detectContractFormat } from '../../src/formats/contract-format.js';

describe('detectContractFormat', () => {
  it.each([
    { name: 'OpenAPI YAML', path: 'openapi.yaml', text: 'openapi: 3.0.3\ninfo: {}\n', expected: 'openapi' },
    { name: 'Swagger JSON', path: 'api.json', text: '{"swagger":"2.0"}', expected: 'openapi' },
    { name: 'AsyncAPI 2.6 YAML', path: 'events.yaml', text: 'asyncapi: 2.6.0\ninfo: {}\n', expected: 'asyncapi' },
    { name: 'AsyncAPI 3.0 JSON', path: 'asyncapi.json', text: '{ "asyncapi": "3.0.0", "info": {} }', expected: 'asyncapi' },
    { name: 'GraphQL SDL', path: 'schema.graphql', text: '# the schema\ntype Query {\n  me: User\n}\n', expected: 'graphql' },
    { name: 'SDL without a known extension', path: 'schema.txt', text: '"""Doc"""\ntype User {\n  id: ID!\n}\n', expected: 'graphql' },
    { name: 'Protobuf', path: 'user.proto', text: 'syntax = "proto3";\npackage acme.v1;\nmessage User { string id = 1; }\n', expected: 'protobuf' },
    { name: 'Protobuf with a leading comment', path: 'a.proto', text: '// type Foo {\nsyntax = "proto3";\n', expected: 'protobuf' },
    { name: 'a GraphQL operation document (no type definitions)', path: 'query.graphql', text: 'query Me { me { id } }\n', expected: undefined },
    { name: 'a YAML file that is no contract', path: 'ci.yml', text: 'jobs:\n  type: x\n', expected: undefined },
    { name: 'a commented-out declaration only', path: 'notes.graphql', text: '# type Foo {\n', expected: undefined },
  ])('$name', ({ path, text, expected }) => {
    expect(detectContractFormat(path, text)).toBe(expected);
  });
});
