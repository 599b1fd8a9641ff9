import { describe, expect, it } from 'vitest';
import { messagesFlagged, oas3, operation, pathsFlagged } from './rule-harness.js';

type Json = Record<string, unknown>;
const withSchema = (schema: Json) => {
  const document = oas3();
  (document.components as Json).schemas = { Thing: schema };
  return document;
};
const integer = { type: 'integer', format: 'int32', minimum: 0, maximum: 100 };

describe('api-schema-bounds', () => {
  it.each([
    { name: 'a string with maxLength', schema: { type: 'string', maxLength: 80 } },
    { name: 'an enum string', schema: { type: 'string', enum: ['open', 'closed'] } },
    { name: 'a date-time string', schema: { type: 'string', format: 'date-time' } },
    { name: 'a uuid string', schema: { type: 'string', format: 'uuid' } },
    { name: 'a string with a bounded pattern', schema: { type: 'string', pattern: '^[A-Z]{3}$' } },
    { name: 'a bounded integer', schema: integer },
    { name: 'an integer with exclusive bounds', schema: { type: 'integer', format: 'int64', exclusiveMinimum: 0, exclusiveMaximum: 10 } },
    { name: 'a bounded array of bounded items', schema: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 5 } } },
    { name: 'a number and a boolean', schema: { type: 'object', properties: { price: { type: 'number' }, paid: { type: 'boolean' } } } },
    { name: 'a $ref is checked where it points', schema: { type: 'object', properties: { other: { $ref: '#/components/schemas/Thing' } } } },
  ])('valid: $name', async ({ schema }) => {
    expect(await pathsFlagged('api-schema-bounds', withSchema(schema))).toEqual([]);
  });

  it.each([
    { name: 'a free string', schema: { type: 'string' }, flagged: ['components.schemas.Thing'], says: 'Unbounded schema "Thing": a string needs maxLength' },
    { name: 'a string with an open pattern', schema: { type: 'string', pattern: '^[a-z]+$' }, flagged: ['components.schemas.Thing'], says: 'maxLength' },
    { name: 'an array without maxItems', schema: { type: 'array', items: { type: 'string', maxLength: 4 } }, flagged: ['components.schemas.Thing'], says: 'maxItems' },
    { name: 'an integer without format', schema: { ...integer, format: undefined }, flagged: ['components.schemas.Thing'], says: 'format' },
    { name: 'an integer without maximum', schema: { ...integer, maximum: undefined }, flagged: ['components.schemas.Thing'], says: 'maximum' },
    {
      name: 'a nested property inside allOf',
      schema: { allOf: [{ type: 'object', properties: { note: { type: 'string' } } }] },
      flagged: ['components.schemas.Thing.allOf.0.properties.note'],
      says: 'Unbounded property "note": a string needs maxLength',
    },
  ])('invalid: $name', async ({ schema, flagged, says }) => {
    const document = withSchema(JSON.parse(JSON.stringify(schema)) as Json);
    expect(await pathsFlagged('api-schema-bounds', document)).toEqual(flagged);
    expect((await messagesFlagged('api-schema-bounds', document))[0]).toContain(says);
  });

  it('invalid: an unbounded query parameter and request body', async () => {
    const document = oas3({
      paths: {
        '/things': {
          post: operation({
            parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string', maxLength: 9 } } } } } } },
          }),
        },
      },
    });
    expect(await pathsFlagged('api-schema-bounds', document)).toEqual([
      'paths./things.post.parameters.0.schema',
      'paths./things.post.requestBody.content.application/json.schema.properties.tags',
    ]);
  });

  it('valid: response headers are the server\'s to bound', async () => {
    const headers = { 'Retry-After': { schema: { type: 'integer' } } };
    const document = oas3({ paths: { '/things': { get: operation({ responses: { '200': { description: 'ok', headers } } }) } } });
    expect(await pathsFlagged('api-schema-bounds', document)).toEqual([]);
  });
});
