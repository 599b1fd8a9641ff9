import { describe, expect, it } from 'vitest';
import { lintContract } from '../../src/formats/lint-contract.js';
import { memorySource } from '../../src/specs/memory-source.js';

const input = (path: string, text: string) => ({ source: memorySource({ [path]: text }), path, text });

describe('lintContract', () => {
  it.each([
    { name: 'a type without a description', sdl: 'type Query {\n  "Me."\n  me: ID\n}\n', codes: ['graphql-type-description'] },
    { name: 'a deprecation without a reason', sdl: '"Q."\ntype Query {\n  "Old."\n  old: ID @deprecated\n}\n', codes: ['graphql-deprecation-reason'] },
    { name: 'naming conventions', sdl: '"Q."\ntype Query {\n  "Bad."\n  Bad_name: color\n}\n"C."\nenum color {\n  red\n}\n', codes: ['graphql-enum-value-naming', 'graphql-field-naming', 'graphql-type-naming'] },
    { name: 'a documented, well-named schema', sdl: '"Q."\ntype Query {\n  "Me."\n  me: ID @deprecated(reason: "Use viewer.")\n}\n', codes: [] },
  ])('GraphQL: $name', async ({ sdl, codes }) => {
    const result = await lintContract('graphql', input('schema.graphql', sdl));
    expect([...new Set(result.findings.map((finding) => finding.code))].sort()).toEqual(codes);
  });

  it('GraphQL: schema validation errors come from graphql-js, at their line', async () => {
    const result = await lintContract('graphql', input('schema.graphql', '"Q."\ntype Query {\n  "A."\n  a: ID\n}\n"I."\ninterface Node {\n  "Id."\n  id: ID!\n}\n"U."\ntype User implements Node {\n  "N."\n  name: String\n}\n'));
    // graphql-js places it at the interface field's definition, which starts with its description.
    expect(result.findings.filter((finding) => finding.code === 'graphql-schema-valid')).toMatchObject([{ severity: 'error', source: { line: 8 } }]);
    expect(result.findings.find((finding) => finding.code === 'graphql-schema-valid')?.message).toContain('Node.id');
  });

  it('Protobuf: buf lint finds a field name that is not lower_snake_case', async () => {
    const proto = 'syntax = "proto3";\npackage acme.v1;\nmessage User {\n  string userName = 1;\n}\n';
    const result = await lintContract('protobuf', input('acme/v1/user.proto', proto));
    expect(result.findings.map((finding) => `${finding.code}:${finding.source.line}`)).toContain('FIELD_LOWER_SNAKE_CASE:4');
  });

  it('AsyncAPI: Spectral spectral:asyncapi rules run', async () => {
    const doc = 'asyncapi: 2.6.0\ninfo:\n  title: T\n  version: 1.0.0\nchannels:\n  a:\n    subscribe:\n      message:\n        payload:\n          type: string\n';
    const result = await lintContract('asyncapi', input('asyncapi.yaml', doc));
    expect(result.findings.some((finding) => finding.code.startsWith('asyncapi-'))).toBe(true);
  });
});
