// Test harness for the shipped guidelines: lints a tiny spec with rules/api-guidelines.yaml and
// keeps the findings of one rule, so each rule's test reads as a table of valid/invalid specs.
import { lintSpec } from '../../src/lint/lint-spec.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import type { LoadedRuleset } from '../../src/lint/loaded-ruleset.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

type Json = Record<string, unknown>;

let shipped: Promise<LoadedRuleset> | undefined;

export function shippedRuleset(): Promise<LoadedRuleset> {
  shipped ??= loadRuleset({ kind: 'shipped' }).then((load) => {
    if (!load.ok) throw new Error(`shipped ruleset does not load: ${JSON.stringify(load.problems)}`);
    return load.ruleset;
  });
  return shipped;
}

/** The JSON paths (joined with `.`) where `code` fires on `document`. */
export async function pathsFlagged(code: string, document: Json): Promise<string[]> {
  const spec = await loadSpec(memorySource({ 'openapi.json': JSON.stringify(document, null, 2) }), 'openapi.json');
  const findings = await lintSpec(spec, await shippedRuleset());
  return findings.filter((finding) => finding.code === code).map((finding) => finding.path.join('.'));
}

/** An operation that satisfies every guideline; override what a case is about. */
export function operation(overrides: Json = {}): Json {
  return {
    operationId: 'getThing',
    summary: 'Get a thing',
    description: 'Returns the thing.',
    responses: {
      '200': { description: 'The thing', content: { 'application/json': { schema: { type: 'object' } } } },
      ...errorResponses(),
    },
    ...overrides,
  };
}

/** The error responses every operation documents: a 4xx, 401, 403, 429 and a 5xx, as problem details. */
export function errorResponses(): Json {
  return {
    '401': problemResponse('Not authenticated'),
    '403': problemResponse('Not allowed'),
    '404': problemResponse('Not found'),
    '429': problemResponse('Too many requests'),
    '500': problemResponse('Server error'),
  };
}

/** A required Idempotency-Key header, as a creating POST takes it. */
export function idempotencyKey(overrides: Json = {}): Json {
  return { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 64 }, ...overrides };
}

export function problemResponse(description: string): Json {
  return { description, content: { 'application/problem+json': { schema: { type: 'object' } } } };
}

/** An OpenAPI 3 document that satisfies every guideline; override what a case is about. */
export function oas3(overrides: Json = {}): Json {
  return {
    openapi: '3.0.3',
    info: { title: 'Things', version: '1.2.0', description: 'Things API.', contact: { name: 'API team' } },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ bearer: [] }],
    tags: [{ name: 'things' }],
    paths: { '/things/{thingId}': { get: operation({ parameters: [pathParameter('thingId')] }) } },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    ...overrides,
  };
}

export function pathParameter(name: string): Json {
  return { name, in: 'path', required: true, schema: { type: 'string', maxLength: 64 } };
}

/** The messages of `code` on `document`, sorted. */
export async function messagesFlagged(code: string, document: Json): Promise<string[]> {
  const spec = await loadSpec(memorySource({ 'openapi.json': JSON.stringify(document, null, 2) }), 'openapi.json');
  const findings = await lintSpec(spec, await shippedRuleset());
  return findings.filter((finding) => finding.code === code).map((finding) => finding.message).sort();
}
