import { describe, expect, it } from 'vitest';
import { schemaChangeIds } from '../schema/schema-pair.js';
import { prop, str } from './schema-fixtures.js';

const num = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'number', ...extra });
const arr = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'array', items: str(), ...extra });

const rows = [
  { name: 'maxLength lowered', base: str({ maxLength: 10 }), head: str({ maxLength: 5 }),
    request: ['request-property-max-length-decreased'], response: [] },
  { name: 'maxLength raised', base: str({ maxLength: 5 }), head: str({ maxLength: 10 }),
    request: ['request-property-max-length-increased'], response: ['response-property-max-length-increased'] },
  { name: 'maxLength set', base: str(), head: str({ maxLength: 5 }), request: ['request-property-max-length-set'], response: [] },
  { name: 'maxLength removed', base: str({ maxLength: 5 }), head: str(), request: [], response: ['response-property-max-length-unset'] },
  { name: 'minLength raised', base: str({ minLength: 1 }), head: str({ minLength: 2 }), request: ['request-property-min-length-increased'], response: [] },
  { name: 'minLength lowered', base: str({ minLength: 2 }), head: str({ minLength: 1 }),
    request: ['request-property-min-length-decreased'], response: ['response-property-min-length-decreased'] },
  // An absent minLength is 0 (as oasdiff reads it): adding one raises it, removing one lowers it.
  { name: 'minLength added', base: str(), head: str({ minLength: 2 }), request: ['request-property-min-length-increased'], response: [] },
  { name: 'minLength removed', base: str({ minLength: 2 }), head: str(),
    request: ['request-property-min-length-decreased'], response: ['response-property-min-length-decreased'] },
  { name: 'minLength 0 added', base: str(), head: str({ minLength: 0 }), request: [], response: [] },
  { name: 'minimum raised', base: num({ minimum: 1 }), head: num({ minimum: 2 }), request: ['request-property-min-increased'], response: [] },
  { name: 'minimum lowered', base: num({ minimum: 2 }), head: num({ minimum: 1 }),
    request: ['request-property-min-decreased'], response: ['response-property-min-decreased'] },
  { name: 'maximum lowered', base: num({ maximum: 10 }), head: num({ maximum: 5 }), request: ['request-property-max-decreased'], response: [] },
  { name: 'maximum raised', base: num({ maximum: 5 }), head: num({ maximum: 10 }),
    request: ['request-property-max-increased'], response: ['response-property-max-increased'] },
  { name: 'minimum set', base: num(), head: num({ minimum: 0 }), request: ['request-property-min-set'], response: [] },
  { name: 'maximum set', base: num(), head: num({ maximum: 9 }), request: ['request-property-max-set'], response: [] },
  { name: 'exclusiveMaximum lowered (3.1)', base: num({ exclusiveMaximum: 10 }), head: num({ exclusiveMaximum: 5 }),
    request: ['request-property-exclusive-max-decreased'], response: [] },
  { name: 'minItems raised', base: arr({ minItems: 1 }), head: arr({ minItems: 2 }), request: ['request-property-min-items-increased'], response: [] },
  { name: 'minItems removed', base: arr({ minItems: 1 }), head: arr(), request: [], response: ['response-property-min-items-unset'] },
  { name: 'maxItems lowered (no id on bodies)', base: arr({ maxItems: 5 }), head: arr({ maxItems: 2 }), request: [], response: [] },
  { name: 'readOnly maxLength lowered', base: str({ readOnly: true, maxLength: 10 }), head: str({ readOnly: true, maxLength: 5 }),
    request: ['request-read-only-property-max-length-decreased'], response: [] },
  { name: 'writeOnly maxLength raised', base: str({ writeOnly: true, maxLength: 5 }), head: str({ writeOnly: true, maxLength: 10 }),
    request: ['request-property-max-length-increased'], response: [] },
  { name: 'pattern added', base: str(), head: str({ pattern: '^a' }),
    request: ['request-property-pattern-added'], response: ['response-property-pattern-added'] },
  { name: 'pattern changed', base: str({ pattern: '^a' }), head: str({ pattern: '^b' }),
    request: ['request-property-pattern-changed'], response: ['response-property-pattern-changed'] },
  { name: 'pattern generalized to .*', base: str({ pattern: '^a' }), head: str({ pattern: '.*' }),
    request: ['request-property-pattern-generalized'], response: ['response-property-pattern-changed'] },
  { name: 'pattern removed', base: str({ pattern: '^a' }), head: str(),
    request: ['request-property-pattern-removed'], response: ['response-property-pattern-removed'] },
  // oasdiff TestRequestPropertyPatternRemoved / TestRequestPropertyPatternAdded: an empty pattern is no pattern.
  { name: 'pattern emptied', base: str({ pattern: '^\\w+$' }), head: str({ pattern: '' }),
    request: ['request-property-pattern-removed'], response: ['response-property-pattern-removed'] },
  { name: 'empty pattern filled', base: str({ pattern: '' }), head: str({ pattern: '^\\w+$' }),
    request: ['request-property-pattern-added'], response: ['response-property-pattern-added'] },
  { name: 'empty pattern dropped', base: str({ pattern: '' }), head: str(), request: [], response: [] },
];

describe('schema-constraints', () => {
  for (const where of ['request', 'response'] as const) {
    it.each(rows)(`${where}: $name`, async (row) => {
      expect(await schemaChangeIds(prop(row.base), prop(row.head), { where, version: '3.1' })).toEqual(row[where]);
    });
  }

  it.each([
    { name: 'body maxLength lowered', base: str({ maxLength: 9 }), head: str({ maxLength: 3 }), where: 'request' as const, expect: ['request-body-max-length-decreased'] },
    { name: 'body minItems lowered', base: arr({ minItems: 2 }), head: arr({ minItems: 1 }), where: 'response' as const, expect: ['response-body-min-items-decreased'] },
    { name: 'parameter maxLength lowered', base: str({ maxLength: 9 }), head: str({ maxLength: 3 }), where: 'query' as const, expect: ['request-parameter-max-length-decreased'] },
    // oasdiff TestRequestParameterMaxItemsIncreased / TestRequestParameterMaxItemsDecreased: `maxItems`
    // written on the items of an array parameter counts as the parameter's (oasdiff's legacy fallback).
    { name: 'parameter maxItems raised', base: arr({ maxItems: 10 }), head: arr({ maxItems: 20 }), where: 'query' as const, expect: ['request-parameter-max-items-increased'] },
    { name: 'parameter maxItems lowered', base: arr({ maxItems: 20 }), head: arr({ maxItems: 10 }), where: 'query' as const, expect: ['request-parameter-max-items-decreased'] },
    { name: 'parameter items maxItems raised', base: arr({ items: str({ maxItems: 10 }) }), head: arr({ items: str({ maxItems: 20 }) }), where: 'query' as const, expect: ['request-parameter-max-items-increased'] },
    { name: 'parameter items maxItems lowered', base: arr({ items: str({ maxItems: 20 }) }), head: arr({ items: str({ maxItems: 10 }) }), where: 'query' as const, expect: ['request-parameter-max-items-decreased'] },
    { name: 'parameter items maxItems set: no id', base: arr(), head: arr({ items: str({ maxItems: 10 }) }), where: 'query' as const, expect: [] },
    { name: 'parameter maxItems lowered', base: arr({ maxItems: 9 }), head: arr({ maxItems: 3 }), where: 'query' as const, expect: ['request-parameter-max-items-decreased'] },
    { name: 'parameter pattern generalized', base: str({ pattern: '^a' }), head: str({ pattern: '.*' }), where: 'query' as const, expect: ['request-parameter-pattern-generalized'] },
  ])('root: $name', async ({ base, head, where, expect: ids }) => {
    expect(await schemaChangeIds(base, head, { where })).toEqual(ids);
  });
});
