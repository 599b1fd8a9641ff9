import { describe, expect, it } from 'vitest';
import { oas3, operation, pathParameter, pathsFlagged } from './rule-harness.js';

const list = (schema: Record<string, unknown>, parameters: unknown[] = []) =>
  operation({ parameters, responses: { '200': { description: 'ok', content: { 'application/json': { schema } } }, '400': { description: 'x' } } });
const query = (name: string) => ({ name, in: 'query', schema: { type: 'string' } });
const arrayOfThings = { type: 'array', items: { type: 'object' } };
const envelope = { type: 'object', properties: { data: arrayOfThings } };

describe('api-collection-pagination', () => {
  it.each([
    { name: 'limit and cursor', paths: { '/things': { get: list(arrayOfThings, [query('limit'), query('cursor')]) } } },
    { name: 'page on an enveloped list', paths: { '/things': { get: list(envelope, [query('page')]) } } },
    { name: 'pagination declared on the path', paths: { '/things': { parameters: [query('limit')], get: list(arrayOfThings) } } },
    { name: 'a single item', paths: { '/things/{thingId}': { get: list(arrayOfThings, [pathParameter('thingId')]) } } },
    { name: 'an object that is not a list', paths: { '/things': { get: list({ type: 'object', properties: { total: { type: 'integer' } } }) } } },
  ])('valid: $name', async ({ paths }) => {
    expect(await pathsFlagged('api-collection-pagination', oas3({ paths }))).toEqual([]);
  });

  it.each([
    { name: 'a bare array', paths: { '/things': { get: list(arrayOfThings) } }, flagged: ['paths./things'] },
    { name: 'an envelope without paging', paths: { '/things': { get: list(envelope, [query('q')]) } }, flagged: ['paths./things'] },
    { name: 'a limit sent as a header', paths: { '/things': { get: list(arrayOfThings, [{ name: 'limit', in: 'header' }]) } }, flagged: ['paths./things'] },
  ])('invalid: $name', async ({ paths, flagged }) => {
    expect(await pathsFlagged('api-collection-pagination', oas3({ paths }))).toEqual(flagged);
  });
});
