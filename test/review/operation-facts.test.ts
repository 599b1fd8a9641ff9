// The deprecation facts accept the forms api-deprecated-sunset accepts, so the checklist ticks
// what the lint passes.
import { describe, expect, it } from 'vitest';
import { operationFacts } from '../../src/review/operation-facts.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

type Json = Record<string, unknown>;

async function deprecationFacts(get: Json, components: Json = {}): Promise<{ hasSunset: boolean; hasReplacement: boolean } | undefined> {
  const document = { openapi: '3.0.3', info: { title: 'T', version: '1.0.0' }, paths: { '/things': { get: { deprecated: true, ...get } } }, components };
  const spec = await loadSpec(memorySource({ 'openapi.json': JSON.stringify(document) }), 'openapi.json');
  const facts = operationFacts(spec, 'GET /things');
  return facts && { hasSunset: facts.hasSunset, hasReplacement: facts.hasReplacement };
}

const withHeaders = (headers: Json): Json => ({ responses: { '200': { description: 'ok', headers } } });

describe('operationFacts of a deprecated operation', () => {
  it.each([
    { name: 'extensions', get: { 'x-sunset': '2027-01-31', 'x-replaced-by': 'listThingsV2', responses: {} }, expected: { hasSunset: true, hasReplacement: true } },
    { name: 'Sunset and Link headers', get: withHeaders({ Sunset: {}, Link: {} }), expected: { hasSunset: true, hasReplacement: true } },
    { name: 'a referenced response with the headers', get: { responses: { '200': { $ref: '#/components/responses/Old' } } }, expected: { hasSunset: true, hasReplacement: true } },
    { name: 'the description', get: { description: 'Use GET /v2/things instead; removed after 2027-01-31.', responses: {} }, expected: { hasSunset: true, hasReplacement: true } },
    { name: 'nothing', get: { description: 'Lists things.', responses: {} }, expected: { hasSunset: false, hasReplacement: false } },
  ])('$name', async ({ get, expected }) => {
    expect(await deprecationFacts(get, { responses: { Old: { description: 'ok', headers: { Sunset: {}, Link: {} } } } })).toEqual(expected);
  });
});
