// The guidelines on realistic APIs: three complete, well-designed APIs that make different
// legitimate choices (snake_case or camelCase; versioned by server URL, by path or not at all;
// `default`, explicit 5xx or 5XX ranges; deprecations by header, description or extension) must
// give no finding at all, and each planted violation must give exactly the findings it names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintSpec } from '../../src/lint/lint-spec.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { shippedRuleset } from './rule-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are edited freely below

const CLEAN = ['shipping-snake-case', 'projects-camel-case', 'library-path-versioned'] as const;
type Clean = (typeof CLEAN)[number];

function cleanApi(name: Clean): Json {
  return parse(readFileSync(`test/rules/corpus/clean/${name}.yaml`, 'utf8')) as Json;
}

async function findings(document: Json): Promise<string[]> {
  const spec = await loadSpec(memorySource({ 'openapi.json': JSON.stringify(document, null, 2) }), 'openapi.json');
  return (await lintSpec(spec, await shippedRuleset())).map((finding) => `${finding.code} ${finding.path.join('.')}`);
}

describe('clean APIs', () => {
  it.each(CLEAN)('%s gives no finding at all', async (name) => {
    expect(await findings(cleanApi(name))).toEqual([]);
  });
});

interface Planted {
  name: string;
  api: Clean;
  plant(api: Json): void;
  expected: string[];
}

const shipments = (api: Json): Json => api.paths['/shipments'];
const projects = (api: Json): Json => api.paths['/projects'];

const PLANTED: Planted[] = [
  // Naming
  {
    name: 'a singular collection',
    api: 'shipping-snake-case',
    plant: (api) => rename(api.paths, '/shipments/{shipment_id}', '/shipment/{shipment_id}'),
    expected: ['api-paths-plural-resources paths./shipment/{shipment_id}'],
  },
  {
    name: 'a verb in a path',
    api: 'projects-camel-case',
    plant: (api) => rename(api.paths, '/projects', '/fetch-projects'),
    expected: ['api-paths-no-verbs paths./fetch-projects'],
  },
  {
    name: 'an RPC-style action',
    api: 'projects-camel-case',
    plant: (api) => rename(api.paths, '/projects/{projectId}/archive-requests', '/projects/{projectId}/archive'),
    expected: ['api-paths-no-verbs paths./projects/{projectId}/archive'],
  },
  {
    name: 'a camelCase path segment',
    api: 'shipping-snake-case',
    plant: (api) => rename(api.paths, '/shipments/{shipment_id}/tracking-events', '/shipments/{shipment_id}/trackingEvents'),
    expected: ['api-paths-kebab-case paths./shipments/{shipment_id}/trackingEvents'],
  },
  {
    name: 'a trailing slash',
    api: 'library-path-versioned',
    plant: (api) => rename(api.paths, '/v2/loans', '/v2/loans/'),
    expected: ['api-paths-no-trailing-slash paths./v2/loans/'],
  },
  // Casing
  {
    name: 'a camelCase property in a snake_case API',
    api: 'shipping-snake-case',
    plant: (api) => (api.components.schemas.TrackingEvent.properties.eventSource = { type: 'string', maxLength: 20 }),
    expected: ['api-property-casing components.schemas.TrackingEvent.properties.eventSource'],
  },
  {
    name: 'a snake_case query parameter in a camelCase API',
    api: 'projects-camel-case',
    plant: (api) => (api.components.parameters.PageSize.name = 'page_size'),
    expected: ['api-property-casing components.parameters.PageSize.name'],
  },
  // Errors
  {
    name: 'an error response in plain JSON',
    api: 'projects-camel-case',
    plant: (api) => (api.components.responses.NotFound.content = { 'application/json': api.components.responses.NotFound.content['application/problem+json'] }),
    // Reported once, on the shared response where the fix goes.
    expected: ['api-error-problem-details components.responses.NotFound.content'],
  },
  {
    name: 'no server error documented',
    api: 'shipping-snake-case',
    plant: (api) => delete shipments(api).get.responses.default,
    expected: ['api-server-error-response paths./shipments.get.responses'],
  },
  {
    name: 'no 429',
    api: 'library-path-versioned',
    plant: (api) => delete api.paths['/v2/loans'].post.responses['429'],
    expected: ['api-rate-limit-response paths./v2/loans.post.responses'],
  },
  {
    name: 'no 401 on a secured operation',
    api: 'projects-camel-case',
    plant: (api) => delete projects(api).post.responses['401'],
    expected: ['api-auth-error-responses paths./projects.post.responses'],
  },
  // Pagination
  {
    name: 'an unpaginated nested collection',
    api: 'projects-camel-case',
    plant: (api) => delete api.paths['/projects/{projectId}/members'].get.parameters,
    expected: ['api-collection-pagination paths./projects/{projectId}/members.get'],
  },
  {
    name: 'a page size without a maximum',
    api: 'shipping-snake-case',
    plant: (api) => delete api.components.parameters.limit.schema.maximum,
    expected: [
      'api-collection-pagination paths./shipments.get.parameters.0',
      'api-collection-pagination paths./shipments/{shipment_id}/tracking-events.get.parameters.0',
      'api-collection-pagination paths./carriers.get.parameters.0',
      'api-schema-bounds components.parameters.limit.schema',
    ],
  },
  {
    name: 'a cursor without a page size',
    api: 'library-path-versioned',
    plant: (api) => api.paths['/v2/books'].get.parameters.splice(1, 1),
    expected: ['api-collection-pagination paths./v2/books.get'],
  },
  // Idempotency
  {
    name: 'a create without Idempotency-Key',
    api: 'projects-camel-case',
    plant: (api) => delete projects(api).post.parameters,
    expected: ['api-idempotency-key paths./projects.post', 'oas3-unused-component components.parameters.IdempotencyKey'],
  },
  {
    name: 'a correlation id instead of an idempotency key',
    api: 'library-path-versioned',
    plant: (api) => (api.paths['/v2/loans'].post.parameters[0].name = 'X-Correlation-Id'),
    expected: ['api-idempotency-key paths./v2/loans.post'],
  },
  // Versioning
  {
    name: 'info.version is not semver',
    api: 'projects-camel-case',
    plant: (api) => (api.info.version = '3.2'),
    expected: ['api-info-version-semver info.version'],
  },
  {
    name: 'a version header beside path versions',
    api: 'library-path-versioned',
    plant: (api) => api.paths['/v2/books'].get.parameters.push({ name: 'Api-Version', in: 'header', schema: { type: 'string', enum: ['2'] } }),
    expected: ['api-versioning-scheme paths./v2/books.get.parameters.3'],
  },
  {
    name: 'one path without the version segment',
    api: 'library-path-versioned',
    plant: (api) => rename(api.paths, '/v2/loans', '/loans'),
    expected: ['api-versioning-scheme paths./loans'],
  },
  // Security
  {
    name: 'an unmarked security opt-out',
    api: 'shipping-snake-case',
    plant: (api) => (shipments(api).get.security = []),
    expected: ['api-public-opt-out paths./shipments.get.security'],
  },
  {
    name: 'no security anywhere',
    api: 'library-path-versioned',
    plant: (api) => delete api.security,
    expected: [
      'api-operation-security paths./v2/books.get',
      'api-operation-security paths./v2/books/{isbn}.get',
      'api-operation-security paths./v2/loans.post',
      'api-operation-security paths./v2/loans/{loanId}/renewals.post',
      'api-operation-security paths./v2/members/{memberId}/loans.get',
    ],
  },
  {
    name: 'an API key in the query',
    api: 'library-path-versioned',
    plant: (api) => (api.components.securitySchemes.apiKeyHeader = { type: 'apiKey', in: 'query', name: 'api_key' }),
    expected: ['api-no-credentials-in-query components.securitySchemes.apiKeyHeader.in'],
  },
  {
    name: 'a token query parameter',
    api: 'projects-camel-case',
    plant: (api) => projects(api).get.parameters.push({ name: 'accessToken', in: 'query', schema: { type: 'string', maxLength: 200 } }),
    expected: ['api-no-credentials-in-query paths./projects.get.parameters.4.name'],
  },
  {
    name: 'a plain-http server',
    api: 'shipping-snake-case',
    plant: (api) => (api.servers[0].url = 'http://api.shipping.example.com/v1'),
    expected: ['api-servers-https servers.0.url'],
  },
  // Docs and deprecation
  {
    name: 'an operation without a summary',
    api: 'library-path-versioned',
    plant: (api) => delete api.paths['/v2/loans'].post.summary,
    expected: ['api-operation-documented paths./v2/loans.post'],
  },
  {
    name: 'a deprecation without a replacement',
    api: 'projects-camel-case',
    plant: (api) => (api.paths['/projects/{projectId}/archive-requests'].post.description = 'Deprecated.'),
    expected: ['api-deprecated-sunset paths./projects/{projectId}/archive-requests.post'],
  },
  {
    name: 'a deprecated parameter without a sunset',
    api: 'projects-camel-case',
    plant: (api) => delete projects(api).get.parameters[2]['x-sunset'],
    expected: ['api-deprecated-sunset paths./projects.get.parameters.2'],
  },
  // Bounds
  {
    name: 'an unbounded string, array and integer',
    api: 'shipping-snake-case',
    plant: (api) => {
      const address = api.components.schemas.Address.properties;
      delete address.city.maxLength;
      address.notes = { type: 'array', items: { type: 'string', maxLength: 9 } };
      address.floor = { type: 'integer' };
    },
    expected: [
      'api-schema-bounds components.schemas.Address.properties.city',
      'api-schema-bounds components.schemas.Address.properties.notes',
      'api-schema-bounds components.schemas.Address.properties.floor',
    ],
  },
];

/** Renames a path, keeping its place among the others. */
function rename(paths: Json, from: string, to: string): void {
  const entries = Object.entries(paths).map(([key, value]) => [key === from ? to : key, value] as const);
  for (const key of Object.keys(paths)) delete paths[key];
  for (const [key, value] of entries) paths[key] = value;
}

describe('planted violations', () => {
  it.each(PLANTED)('$name ($api)', async ({ api, plant, expected }) => {
    const document = cleanApi(api);
    plant(document);
    expect((await findings(document)).sort()).toEqual([...expected].sort());
  });
});
