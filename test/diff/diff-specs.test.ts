import { describe, expect, it } from 'vitest';
import { diff, openapi, yaml } from './spec-pair.js';

const ok = "      responses:\n        '200': { description: ok }\n";
const paths = (...entries: [string, string][]) => openapi(`paths:\n${entries.map(([path, method]) => `  ${path}:\n    ${method}:\n${ok}`).join('')}`);

describe('diffSpecs: matching', () => {
  it('ignores path-parameter names', async () => {
    expect(await diff(paths(['/pets/{id}', 'get']), paths(['/pets/{petId}', 'get']))).toEqual([]);
  });

  it('strips the configured path prefix before matching', async () => {
    const changes = await diff(paths(['/v1/pets', 'get']), paths(['/v2/pets', 'get']), { strip_path_prefix: '/v1' });
    // `/v2` is not the configured prefix, so only the base side is stripped: no match.
    expect(changes.map((change) => change.id)).toContain('api-path-removed-without-deprecation');
    expect(await diff(paths(['/v1/pets', 'get']), paths(['/pets', 'get']), { strip_path_prefix: '/v1' })).toEqual([]);
  });

  it('names the operation with the head template, and the base one for removals', async () => {
    const base = paths(['/pets/{id}', 'get'], ['/owners', 'get']);
    const head = openapi(`paths:\n  /pets/{petId}:\n    get:\n${ok}    post:\n${ok}`);
    const changes = await diff(base, head);
    expect(changes.map((change) => [change.id, change.operation])).toEqual([
      ['api-path-removed-without-deprecation', 'GET /owners'],
      ['endpoint-added', 'POST /pets/{petId}'],
    ]);
  });
});

describe('diffSpecs: breaking.flatten_allof', () => {
  // oasdiff internal/run_test.go Test_BreakingChangesFlattenAllOf: data/allof/simple.yaml -> revision.yaml,
  // whose request body gains an `allOf` member repeating `prop1`, has no breaking change with the flag.
  const object = (name: string, type: string) => ({ type: 'object', properties: { [name]: { type } } });
  const body = (...members: object[]) => {
    const patch = { requestBody: { content: { 'application/json': { schema: { type: 'object', allOf: members } } } }, responses: { '200': { description: 'OK' } } };
    return openapi(`paths: ${JSON.stringify({ '/api/v1.0/groups': { patch } })}\n`);
  };
  const simple = body(object('prop1', 'string'), object('prop2', 'boolean'));
  const revision = body(object('prop1', 'string'), object('prop2', 'boolean'), object('prop1', 'string'));

  it('finds no change with the flag, and the added member without it', async () => {
    expect(await diff(simple, revision, { flatten_allof: true })).toEqual([]);
    expect((await diff(simple, revision)).map((change) => change.id)).toEqual(['request-body-all-of-added']);
  });
});

describe('diffSpecs: policies', () => {
  const base = paths(['/pets', 'get'], ['/owners', 'get'], ['/admin/users', 'get']);
  const head = paths(['/pets', 'get']);

  it('applies level overrides and `off`', async () => {
    const changes = await diff(base, head, { levels: { 'api-path-removed-without-deprecation': 'warning' } });
    expect(changes.map((change) => change.level)).toEqual(['warning', 'warning']);
    expect(await diff(base, head, { levels: { 'api-path-removed-without-deprecation': 'off' } })).toEqual([]);
  });

  it.each([
    { name: 'by id', entry: { id: 'api-path-removed-*', reason: 'planned' }, left: [] },
    { name: 'by operation', entry: { operation: 'get /owners', reason: 'planned' }, left: ['GET /admin/users'] },
    { name: 'by path glob', entry: { path: '/admin/**', reason: 'internal' }, left: ['GET /owners'] },
    { name: 'all fields must match', entry: { id: 'endpoint-added', path: '/admin/**', reason: 'x' }, left: ['GET /admin/users', 'GET /owners'] },
  ])('ignores changes $name', async ({ entry, left }) => {
    const changes = await diff(base, head, { ignore: [entry] });
    expect(changes.map((change) => change.operation)).toEqual(left);
  });

  it('stops applying an ignore entry after its `expires` day', async () => {
    const entry = { operation: 'GET /owners', reason: 'planned', expires: '2027-03-31' };
    const ops = async (at: string) => (await diff(base, head, { ignore: [entry] }, new Date(at))).map((change) => change.operation);
    expect(await ops('2027-03-31T23:59:00Z')).toEqual(['GET /admin/users']);
    expect(await ops('2027-04-01T00:00:00Z')).toEqual(['GET /admin/users', 'GET /owners']);
  });
});

describe('diffSpecs: locations', () => {
  const files = (schemaFile: string) => ({
    'openapi.yaml': yaml`
      openapi: 3.0.3
      info: { title: T, version: '1.0' }
      paths:
        /pets:
          get:
            parameters:
              - $ref: 'params.yaml#/Limit'
            responses:
              '200': { description: ok }
    `,
    'params.yaml': schemaFile,
  });

  it('points at the head file and line for additions and modifications, through a $ref', async () => {
    const before = files("Limit:\n  name: limit\n  in: query\n  schema: { type: integer }\n");
    const after = files("# the limit parameter\nLimit:\n  name: limit\n  in: query\n  required: true\n  schema: { type: integer }\n");
    const [change] = await diff(before, after);
    expect(change).toMatchObject({
      id: 'request-parameter-became-required',
      level: 'error',
      operation: 'GET /pets',
      path: ['Limit', 'required'],
      source: { file: 'params.yaml', line: 5 },
    });
  });

  it('points at the base file and line for removals', async () => {
    const base = paths(['/pets', 'get'], ['/owners', 'get']);
    const [change] = await diff(base, paths(['/pets', 'get']));
    expect(change?.source).toEqual({ file: 'openapi.yaml', line: 11, column: 9 });
    expect(change?.path).toEqual(['paths', '/owners', 'get']);
  });
});

describe('diffSpecs: determinism', () => {
  it('returns the same sorted list every time, without duplicates', async () => {
    const base = paths(['/a', 'get'], ['/b', 'get'], ['/c', 'get']);
    const head = paths(['/c', 'post'], ['/d', 'get']);
    const first = await diff(base, head);
    const second = await diff(base, head);
    expect(first).toEqual(second);
    expect(first.map((change) => `${change.operation} ${change.id}`)).toEqual([
      'GET /a api-path-removed-without-deprecation',
      'GET /b api-path-removed-without-deprecation',
      'GET /c api-removed-without-deprecation',
      'GET /d endpoint-added',
      'POST /c endpoint-added',
    ]);
  });

  it('reports a parameter shared by `$ref` once per operation', async () => {
    const spec = (required: boolean) => openapi(
      `paths:\n  /pets:\n    get:\n      parameters: [{ $ref: '#/components/parameters/Q' }, { $ref: '#/components/parameters/Q' }]\n${ok}` +
        `components:\n  parameters:\n    Q: { name: q, in: query, required: ${String(required)}, schema: { type: string } }\n`,
    );
    const changes = await diff(spec(false), spec(true));
    expect(changes.map((change) => change.id)).toEqual(['request-parameter-became-required']);
  });
});
