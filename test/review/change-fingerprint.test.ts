// Fingerprints of breaking changes (what an acceptance covers) name what changed, not where it
// sits in an array: reordering parameters, enum values or oneOf members keeps a fingerprint, and
// another change that lands at the same index gets a different one. Real loader, engine and assess.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { diffSpecs } from '../../src/diff/diff-specs.js';
import { assessReview } from '../../src/review/assess-review.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { specAnalysis } from './analysis-fixtures.js';

const config = configSchema.parse({});
const now = new Date('2026-01-05T10:00:00Z');

/** An operation with these parameters (YAML flow items) and a request body schema (one line). */
function spec(parameters: string[], body = 'type: object'): string {
  return [
    'openapi: 3.0.3',
    'info: { title: Repos, version: 1.0.0 }',
    'paths:',
    '  /repos:',
    '    post:',
    '      parameters:',
    ...parameters.map((parameter) => `        - ${parameter}`),
    '      requestBody:',
    '        content:',
    '          application/json:',
    `            schema: { ${body} }`,
    '      responses:',
    "        '200': { description: ok }",
    'components:',
    '  parameters:',
    '    Page: { name: page, in: query, schema: { type: integer } }',
    '  schemas:',
    '    Cat: { type: object, properties: { name: { type: string } } }',
    '    Dog: { type: object, properties: { bark: { type: string } } }',
    '',
  ].join('\n');
}

const limit = '{ name: limit, in: query, schema: { type: integer } }';
const owner = '{ name: owner, in: query, schema: { type: string } }';
const required = (parameter: string): string => parameter.replace(/^\{ /, '{ required: true, ');
const sort = (values: string[]): string => `{ name: sort, in: query, schema: { type: string, enum: [${values.join(', ')}] } }`;

/** The changes of a review of base → head (the version note aside), as message → fingerprint. */
async function changePrints(base: string, head: string): Promise<Record<string, string>> {
  const [baseSpec, headSpec] = await Promise.all([
    loadSpec(memorySource({ 'openapi.yaml': base }), 'openapi.yaml'),
    loadSpec(memorySource({ 'openapi.yaml': head }), 'openapi.yaml'),
  ]);
  const changes = diffSpecs(baseSpec, headSpec, { config: config.breaking, now });
  const review = assessReview({ specs: [specAnalysis(changes, { documents: { base: baseSpec, head: headSpec } })], config, acceptances: [], now });
  const items = review.specs.flatMap((item) => item.items).filter((item) => item.kind === 'breaking-change' && item.rule !== 'api-version-not-bumped');
  return Object.fromEntries(items.map((item) => [`${item.rule}: ${item.message}`, item.fingerprint]));
}

async function onlyPrint(base: string, head: string): Promise<string> {
  const prints = Object.values(await changePrints(base, head));
  expect(prints).toHaveLength(1);
  return prints[0] ?? '';
}

describe('breaking-change fingerprints', () => {
  it.each([
    {
      name: 'a parameter that became required, after the parameters were reordered',
      first: [spec([limit, owner]), spec([required(limit), owner])],
      second: [spec([limit, owner]), spec([owner, required(limit)])],
    },
    {
      name: 'a parameter that became required, when the base order differs',
      first: [spec([limit, owner]), spec([required(limit), owner])],
      second: [spec([owner, limit]), spec([owner, required(limit)])],
    },
    {
      name: 'a referenced parameter that became required, moved in the list',
      first: [spec([owner, "{ $ref: '#/components/parameters/Page' }"]), spec([required(owner), "{ $ref: '#/components/parameters/Page' }"])],
      second: [spec(["{ $ref: '#/components/parameters/Page' }", owner]), spec(["{ $ref: '#/components/parameters/Page' }", required(owner)])],
    },
    {
      name: 'a removed parameter, wherever it stood in the base',
      first: [spec([limit, owner, '{ name: q, in: query, schema: { type: string } }']), spec([limit, '{ name: q, in: query, schema: { type: string } }'])],
      second: [spec([owner, limit, '{ name: q, in: query, schema: { type: string } }']), spec([limit, '{ name: q, in: query, schema: { type: string } }'])],
    },
    {
      name: 'a removed enum value, with the other values reordered',
      first: [spec([sort(['asc', 'desc', 'rank'])]), spec([sort(['asc', 'desc'])])],
      second: [spec([sort(['asc', 'desc', 'rank'])]), spec([sort(['desc', 'asc'])])],
    },
    {
      name: 'a change inside a referenced oneOf member, with the members reordered',
      first: [
        spec([limit], "oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]"),
        spec([required(limit)], "oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]"),
      ],
      second: [
        spec([limit], "oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]"),
        spec([required(limit)], "oneOf: [{ $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Cat' }]"),
      ],
    },
  ])('keeps its fingerprint: $name', async ({ first, second }) => {
    const [firstBase = '', firstHead = ''] = first;
    const [secondBase = '', secondHead = ''] = second;
    expect(await onlyPrint(secondBase, secondHead)).toBe(await onlyPrint(firstBase, firstHead));
  });

  it.each([
    {
      name: 'another parameter became required at the same index',
      first: [spec([limit, owner]), spec([required(limit), owner])],
      second: [spec([limit, owner]), spec([required(owner), limit])],
    },
    {
      name: 'another parameter was removed from the same index',
      first: [spec([limit, owner]), spec([limit])],
      second: [spec([owner, limit]), spec([owner])],
    },
    {
      name: 'another enum value was removed from the same parameter',
      first: [spec([sort(['asc', 'desc', 'rank'])]), spec([sort(['asc', 'desc'])])],
      second: [spec([sort(['asc', 'desc', 'rank'])]), spec([sort(['asc', 'rank'])])],
    },
  ])('changes its fingerprint: $name', async ({ first, second }) => {
    const [firstBase = '', firstHead = ''] = first;
    const [secondBase = '', secondHead = ''] = second;
    expect(await onlyPrint(secondBase, secondHead)).not.toBe(await onlyPrint(firstBase, firstHead));
  });

  it('an acceptance of one parameter becoming required does not cover another after a reorder', async () => {
    const accepted = await onlyPrint(spec([limit, owner]), spec([required(limit), owner]));
    const [baseSpec, headSpec] = await Promise.all([
      loadSpec(memorySource({ 'openapi.yaml': spec([limit, owner]) }), 'openapi.yaml'),
      loadSpec(memorySource({ 'openapi.yaml': spec([required(owner), limit]) }), 'openapi.yaml'),
    ]);
    const changes = diffSpecs(baseSpec, headSpec, { config: config.breaking, now });
    const acceptance = { user: 'alice', reason: 'limit is now required', url: 'https://github.test/c/1', at: '2026-01-05T09:00:00Z', fingerprints: [accepted] };
    const review = assessReview({ specs: [specAnalysis(changes, { documents: { base: baseSpec, head: headSpec } })], config, acceptances: [acceptance], now });
    expect(review.verdict).toBe('fail');
    expect(review.acceptedBlockers).toBe(0);
  });
});
