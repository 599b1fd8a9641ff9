import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const api = (version: unknown, servers: string[], path = '/things') =>
  oas3({
    info: { title: 'Things', version, description: 'Things API.', contact: { name: 'API team' } },
    servers: servers.map((url) => ({ url })),
    paths: { [path]: { post: operation({ responses: { '200': { description: 'ok' }, '400': { description: 'x' } } }) } },
  });

const swagger2 = (version: string, basePath: string) => ({
  swagger: '2.0',
  info: { title: 'Things', version, description: 'Things API.', contact: { name: 'API team' } },
  host: 'api.example.com',
  schemes: ['https'],
  basePath,
  paths: {},
});

describe('api-version-consistent', () => {
  it.each([
    { name: 'server /v1 and version 1.x', document: api('1.4.0', ['https://api.example.com/v1']) },
    { name: 'path /v2 and version v2.0', document: api('v2.0', ['https://api.example.com'], '/v2/things') },
    { name: 'no version in URLs', document: api('3.1.0', ['https://api.example.com']) },
    { name: 'a date version says nothing about /vN', document: api('2023-08-16', ['https://api.example.com/v1']) },
    { name: 'a numeric YAML-style version', document: api(1.2, ['https://api.example.com/v1']) },
    { name: 'Swagger 2 base path /v1 and version 1.0', document: swagger2('1.0', '/v1') },
  ])('valid: $name', async ({ document }) => {
    expect(await pathsFlagged('api-version-consistent', document)).toEqual([]);
  });

  it.each([
    { name: 'server /v1 with version 2.0.0', document: api('2.0.0', ['https://api.example.com/v1']), flagged: ['servers.0.url'] },
    {
      name: 'one of two servers',
      document: api('2.1.0', ['https://api.example.com/v2', 'https://legacy.example.com/v1/']),
      flagged: ['servers.1.url'],
    },
    { name: 'path /v3 with version 2.0', document: api('2.0', ['https://api.example.com'], '/v3/things'), flagged: ['paths./v3/things'] },
    { name: 'Swagger 2 base path /v2 and version 1.0', document: swagger2('1.0', '/v2'), flagged: ['basePath'] },
  ])('invalid: $name', async ({ document, flagged }) => {
    expect(await pathsFlagged('api-version-consistent', document)).toEqual(flagged);
  });
});
