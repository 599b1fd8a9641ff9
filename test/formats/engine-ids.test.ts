// Every id a format's engine can emit is in our catalog and docs/rules.md with its level, and the
// ids are the engines' own: graphql-inspector's exported ChangeType enum and the criticality its
// diff gives, buf's own list of breaking rules (`buf config ls-breaking-rules`, from the shipped
// binary), and our AsyncAPI ids in oasdiff's style.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';
import { describe, expect, it } from 'vitest';
import type { ChangeLevel } from '../../src/diff/change.js';
import { asyncapiChecks } from '../../src/formats/asyncapi/asyncapi-checks.js';
import { formatCatalog } from '../../src/formats/format-catalog.js';
import { graphqlChecks } from '../../src/formats/graphql/graphql-checks.js';
import { locateBuf } from '../../src/formats/protobuf/buf-binary.js';
import { protobufChecks } from '../../src/formats/protobuf/protobuf-checks.js';

const rulesDoc = readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8');
const severity: Record<ChangeLevel, number> = { info: 0, warning: 1, error: 2 };
const levelOfCriticality: Record<CriticalityLevel, ChangeLevel> = {
  [CriticalityLevel.Breaking]: 'error',
  [CriticalityLevel.Dangerous]: 'warning',
  [CriticalityLevel.NonBreaking]: 'info',
};

describe('docs/rules.md', () => {
  it.each([
    { format: 'asyncapi', checks: asyncapiChecks },
    { format: 'graphql', checks: graphqlChecks },
    { format: 'protobuf', checks: protobufChecks },
  ])('lists every $format id with its level', ({ checks }) => {
    // "(ours)" marks an id oasdiff does not have.
    const listed = (id: string, level: ChangeLevel): boolean => rulesDoc.includes(`| \`${id}\` | ${level} |`) || rulesDoc.includes(`| \`${id}\` (ours) | ${level} |`);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((check) => !listed(check.id, check.level)).map((check) => `${check.id} ${check.level}`)).toEqual([]);
  });

  it('has each id once across the formats (an id means one thing in explain)', () => {
    const ids = formatCatalog.map((check) => check.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('GraphQL ids are graphql-inspector\'s', () => {
  it('the catalog is exactly its ChangeType enum', () => {
    expect(graphqlChecks.map((check) => check.id).sort()).toEqual(Object.values(ChangeType).sort());
  });

  // A sample of real changes: the catalog's level is the most severe criticality the engine gives the type.
  it.each([
    { name: 'field removed', base: 'type Query { a: Int b: Int }', head: 'type Query { a: Int }' },
    { name: 'argument made non-null', base: 'type Query { a(x: Int): Int }', head: 'type Query { a(x: Int!): Int }' },
    { name: 'enum value removed', base: 'type Query { a: E } enum E { X Y }', head: 'type Query { a: E } enum E { X }' },
    { name: 'enum value added', base: 'type Query { a: E } enum E { X }', head: 'type Query { a: E } enum E { X Y }' },
    { name: 'nullable input field added', base: 'type Query { a(i: I): Int } input I { x: Int }', head: 'type Query { a(i: I): Int } input I { x: Int y: Int }' },
    { name: 'non-null input field added', base: 'type Query { a(i: I): Int } input I { x: Int }', head: 'type Query { a(i: I): Int } input I { x: Int y: Int! }' },
    { name: 'optional argument added', base: 'type Query { a: Int }', head: 'type Query { a(x: Int): Int }' },
    { name: 'required argument added', base: 'type Query { a: Int }', head: 'type Query { a(x: Int!): Int }' },
    { name: 'union member added', base: 'type Query { u: U } union U = A type A { a: Int } type B { b: Int }', head: 'type Query { u: U } union U = A | B type A { a: Int } type B { b: Int }' },
    { name: 'field type changed', base: 'type Query { a: Int }', head: 'type Query { a: String }' },
    { name: 'field made nullable', base: 'type Query { a: Int! }', head: 'type Query { a: Int }' },
    { name: 'type removed', base: 'type Query { a: Int } type T { t: Int }', head: 'type Query { a: Int }' },
    { name: 'field deprecated', base: 'type Query { a: Int }', head: 'type Query { a: Int @deprecated(reason: "use b") }' },
    { name: 'description changed', base: 'type Query { "one" a: Int }', head: 'type Query { "two" a: Int }' },
  ])('$name', async ({ base, head }) => {
    const changes = await diff(buildSchema(base), buildSchema(head));
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      const check = graphqlChecks.find((candidate) => candidate.id === change.type);
      expect(check, change.type).toBeDefined();
      expect(severity[check?.level ?? 'info'], `${change.type} is ${change.criticality.level} in graphql-inspector`).toBeGreaterThanOrEqual(severity[levelOfCriticality[change.criticality.level]]);
    }
  });
});

describe('Protobuf ids are buf\'s', () => {
  const buf = locateBuf();

  it.skipIf(buf === undefined)('the catalog holds every breaking rule of the shipped buf, and nothing else', () => {
    const command = buf as NonNullable<typeof buf>;
    const output = execFileSync(command.file, [...command.prefix, 'config', 'ls-breaking-rules', '--format', 'json', '--include-deprecated'], { cwd: tmpdir(), encoding: 'utf8' });
    const rules = output
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => JSON.parse(line) as { id: string; categories: string[] });
    expect(rules.filter((rule) => rule.categories.includes('FILE')).length).toBeGreaterThan(40);
    expect(protobufChecks.map((check) => check.id).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });
});

describe('AsyncAPI ids are ours, in oasdiff\'s style', () => {
  it.each(asyncapiChecks.map((check) => check.id))('%s is kebab-case', (id) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
