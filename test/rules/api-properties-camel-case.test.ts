import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const withProperties = (properties: Record<string, unknown>) =>
  oas3({
    paths: { '/things': { post: operation({ responses: { '201': { description: 'Created' }, '400': { description: 'x' } } }) } },
    components: { schemas: { Thing: { type: 'object', properties } } },
  });

describe('api-properties-camel-case', () => {
  it.each([
    { name: 'camelCase', properties: { createdAt: { type: 'string' }, id: { type: 'string' } } },
    { name: 'nested camelCase', properties: { shippingAddress: { type: 'object', properties: { postalCode: { type: 'string' } } } } },
  ])('valid: $name', async ({ properties }) => {
    expect(await pathsFlagged('api-properties-camel-case', withProperties(properties))).toEqual([]);
  });

  it.each([
    { name: 'snake_case', properties: { created_at: { type: 'string' } }, flagged: ['components.schemas.Thing.properties.created_at'] },
    { name: 'PascalCase', properties: { CreatedAt: { type: 'string' } }, flagged: ['components.schemas.Thing.properties.CreatedAt'] },
    {
      name: 'kebab-case nested',
      properties: { address: { type: 'object', properties: { 'postal-code': { type: 'string' } } } },
      flagged: ['components.schemas.Thing.properties.address.properties.postal-code'],
    },
  ])('invalid: $name', async ({ properties, flagged }) => {
    expect(await pathsFlagged('api-properties-camel-case', withProperties(properties))).toEqual(flagged);
  });
});
