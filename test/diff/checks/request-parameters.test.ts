import { describe, expect, it } from 'vitest';
import { diffIds, openapi, operation } from '../spec-pair.js';

const ok = "responses:\n  '200': { description: ok }\n";
const withParams = (params: string) => operation(`parameters:\n${params}${ok}`, 'get', '/pets/{id}');
const idParam = '  - { name: id, in: path, required: true, schema: { type: string } }\n';
const q = (extra = '', schema = '{ type: string }') => `  - { name: q, in: query${extra}, schema: ${schema} }\n`;

describe('request-parameters family', () => {
  it.each([
    { name: 'identical', base: withParams(idParam + q()), head: withParams(idParam + q()), expected: [] },
    {
      name: 'a path parameter the template does not name, unchanged: nothing',
      base: withParams(idParam + '  - { name: q, in: path, required: true, schema: { type: string } }\n'),
      head: withParams(idParam + '  - { name: q, in: path, required: true, schema: { type: string } }\n'),
      expected: [],
    },
    { name: 'new required query parameter', base: withParams(idParam), head: withParams(idParam + q(', required: true')), expected: ['new-required-request-parameter'] },
    { name: 'new optional query parameter', base: withParams(idParam), head: withParams(idParam + q()), expected: ['new-optional-request-parameter'] },
    { name: 'optional becomes required', base: withParams(idParam + q()), head: withParams(idParam + q(', required: true')), expected: ['request-parameter-became-required'] },
    { name: 'required becomes optional', base: withParams(idParam + q(', required: true')), head: withParams(idParam + q()), expected: ['request-parameter-became-optional'] },
    { name: 'parameter removed', base: withParams(idParam + q()), head: withParams(idParam), expected: ['request-parameter-removed'] },
    { name: 'deprecated parameter removed', base: withParams(idParam + q(', deprecated: true')), head: withParams(idParam), expected: ['request-parameter-removed-with-deprecation'] },
    {
      name: 'parameter removed before its sunset',
      base: withParams(idParam + q(", deprecated: true, x-sunset: '2031-01-01'")),
      head: withParams(idParam),
      expected: ['request-parameter-removed-before-sunset'],
    },
    {
      name: 'parameter removed after its sunset: reported as info, not dropped',
      base: withParams(idParam + q(", deprecated: true, x-sunset: '2020-01-01'")),
      head: withParams(idParam),
      expected: ['request-parameter-removed-with-deprecation'],
    },
    { name: 'default added to an optional parameter', base: withParams(idParam + q()), head: withParams(idParam + q('', '{ type: string, default: a }')), expected: ['request-parameter-default-value-added'] },
    { name: 'default changed', base: withParams(idParam + q('', '{ type: string, default: a }')), head: withParams(idParam + q('', '{ type: string, default: b }')), expected: ['request-parameter-default-value-changed'] },
    { name: 'default removed', base: withParams(idParam + q('', '{ type: string, default: a }')), head: withParams(idParam + q()), expected: ['request-parameter-default-value-removed'] },
    {
      name: 'default of a required parameter: nothing',
      base: withParams(idParam + q(', required: true', '{ type: string, default: a }')),
      head: withParams(idParam + q(', required: true', '{ type: string, default: b }')),
      expected: [],
    },
    {
      name: 'header names are case-insensitive',
      base: withParams(idParam + '  - { name: X-Trace, in: header, schema: { type: string } }\n'),
      head: withParams(idParam + '  - { name: x-trace, in: header, schema: { type: string } }\n'),
      expected: [],
    },
    {
      name: 'same name in another location is another parameter',
      base: withParams(idParam + q()),
      head: withParams(idParam + '  - { name: q, in: header, schema: { type: string } }\n'),
      expected: ['new-optional-request-parameter', 'request-parameter-removed'],
    },
    {
      name: 'new path parameter on an existing operation',
      base: operation(`parameters:\n${idParam}${ok}`, 'get', '/pets/{id}'),
      head: operation(`parameters:\n${idParam}  - { name: tag, in: path, required: true, schema: { type: string } }\n${ok}`, 'get', '/pets/{id}'),
      expected: ['new-request-path-parameter'],
    },
    {
      name: 'renamed path parameter: nothing',
      base: operation(`parameters:\n${idParam}${ok}`, 'get', '/pets/{id}'),
      head: operation(`parameters:\n  - { name: petId, in: path, required: true, schema: { type: string } }\n${ok}`, 'get', '/pets/{petId}'),
      expected: [],
    },
  ])('$name', async ({ base, head, expected }) => {
    expect(await diffIds(base, head)).toEqual(expected);
  });

  const pathLevel = (params: string) =>
    openapi(`paths:\n  /pets:\n    parameters:\n${params.replace(/^/gm, '    ').trimEnd()}\n    get:\n      responses:\n        '200': { description: ok }\n    post:\n      responses:\n        '201': { description: ok }\n`);
  const pathQ = (required: boolean) => `- { name: tenant, in: query, required: ${String(required)}, schema: { type: string } }\n`;

  it.each([
    { name: 'required path-level parameter: one finding per operation', head: pathLevel(pathQ(true)), expected: ['new-required-request-default-parameter-to-existing-path', 'new-required-request-default-parameter-to-existing-path'] },
    { name: 'optional path-level parameter', head: pathLevel(pathQ(false)), expected: ['new-optional-request-default-parameter-to-existing-path', 'new-optional-request-default-parameter-to-existing-path'] },
  ])('$name', async ({ head, expected }) => {
    const base = openapi("paths:\n  /pets:\n    get:\n      responses:\n        '200': { description: ok }\n    post:\n      responses:\n        '201': { description: ok }\n");
    expect(await diffIds(base, head)).toEqual(expected);
  });

  it('moving a required parameter from the path item into the operation is a new required parameter', async () => {
    const base = openapi(`paths:\n  /pets:\n    parameters:\n    ${pathQ(true)}    get:\n      responses:\n        '200': { description: ok }\n`);
    const head = openapi(`paths:\n  /pets:\n    get:\n      parameters:\n      ${pathQ(true)}      responses:\n        '200': { description: ok }\n`);
    expect(await diffIds(base, head)).toEqual(['new-required-request-parameter']);
  });

  it('object-valued header parameter gains a required property', async () => {
    const header = (required: string) =>
      withParams(`${idParam}  - name: X-Filter\n    in: header\n    schema:\n      type: object\n      ${required}\n      properties:\n        a: { type: string }\n${required.includes('b') ? '        b: { type: string }\n' : ''}`);
    expect(await diffIds(header('required: [a]'), header('required: [a, b]'))).toEqual(['new-required-request-header-property']);
  });
});

// oasdiff checker/check_request_parameters_type_changed_test.go: a scalar that becomes a form/explode
// array whose items accept every old value is sent the same way (`?token=a` is a one-element array).
describe('request-parameters family: scalar to form/explode array', () => {
  const param = (where: string, schema: string, extra = '') =>
    operation(`parameters:\n  - { name: token, in: ${where}${extra}, required: true, schema: ${schema} }\n${ok}`, 'post', '/groups/{token}');
  const typeIds = async (base: string, head: string) =>
    (await diffIds(base, head)).filter((id) => id.startsWith('request-parameter-type-'));

  it.each([
    // TestRequestQueryParamScalarToFormExplodeArray
    { name: 'query scalar to array of the same scalar', base: param('query', '{ type: string, format: uuid, maxLength: 29 }'), head: param('query', '{ type: array, items: { type: string, format: uuid, maxLength: 29 } }'), expected: ['request-parameter-type-generalized'] },
    // TestRequestQueryParamScalarToFormExplodeArray_31Nullable
    { name: 'scalar to nullable array (3.1)', base: param('query', '{ type: string }'), head: param('query', "{ type: [array, 'null'], items: { type: string } }"), expected: ['request-parameter-type-generalized'] },
    { name: 'nullable scalar to nullable array (3.1)', base: param('query', "{ type: [string, 'null'] }"), head: param('query', "{ type: [array, 'null'], items: { type: [string, 'null'] } }"), expected: ['request-parameter-type-generalized'] },
    // TestRequestQueryParamMultiTypeToFormExplodeArraySafe
    { name: 'multi-type scalar to array of strings', base: param('query', '{ type: [string, integer] }'), head: param('query', '{ type: array, items: { type: string } }'), expected: ['request-parameter-type-generalized'] },
    { name: 'cookie parameters are form/explode too', base: param('cookie', '{ type: string }'), head: param('cookie', '{ type: array, items: { type: string } }'), expected: ['request-parameter-type-generalized'] },
    // TestRequestQueryParamWideningToNarrowerItemTypeStillBreaking
    { name: 'items narrower than the old types', base: param('query', '{ type: [string, integer] }'), head: param('query', '{ type: array, items: { type: integer } }'), expected: ['request-parameter-type-changed'] },
    // TestRequestQueryParamScalarToConstrainedArrayBreaking
    { name: 'items add a constraint', base: param('query', '{ type: string }'), head: param('query', "{ type: array, items: { type: string, pattern: '^[a-z]+$' } }"), expected: ['request-parameter-type-changed'] },
    // TestRequestQueryParamMultiTypeToConstrainedArrayBreaking
    { name: 'multi-type, items add a constraint', base: param('query', '{ type: [string, integer] }'), head: param('query', "{ type: array, items: { type: string, pattern: '^[a-z]+$' } }"), expected: ['request-parameter-type-changed'] },
    // TestRequestPathParamScalarToArrayStillBreaking: path parameters use the simple style
    { name: 'path parameter', base: param('path', '{ type: string }'), head: param('path', '{ type: array, items: { type: string } }'), expected: ['request-parameter-type-changed'] },
    { name: 'query parameter with explode: false', base: param('query', '{ type: string }'), head: param('query', '{ type: array, items: { type: string } }', ', explode: false'), expected: ['request-parameter-type-changed'] },
    { name: 'header parameter (simple style)', base: param('header', '{ type: string }'), head: param('header', '{ type: array, items: { type: string } }'), expected: ['request-parameter-type-changed'] },
  ])('$name', async ({ base, head, expected }) => {
    expect(await typeIds(base.replace('3.0.3', '3.1.0'), head.replace('3.0.3', '3.1.0'))).toEqual(expected);
  });
});
