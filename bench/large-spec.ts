// A synthetic description the size of the largest public APIs (Microsoft Graph-sized): N
// operations over N/2 paths, each with parameters, a request body and responses that reference
// a few thousand component schemas. `npx tsx bench/large-spec.ts 20000 out.json` writes one; the
// bench reviews two versions of it (one operation changed) with the default limits.
import { writeFileSync } from 'node:fs';

export function largeSpec(operations: number, variant: 'base' | 'head' = 'base'): Record<string, unknown> {
  const schemaCount = Math.max(10, Math.floor(operations / 8));
  const schemas: Record<string, unknown> = {};
  for (let index = 0; index < schemaCount; index += 1) {
    schemas[`Resource${index}`] = {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string', maxLength: 64 },
        displayName: { type: 'string', maxLength: 256, description: `The display name of resource ${index}.` },
        createdAt: { type: 'string', format: 'date-time' },
        owner: { $ref: '#/components/schemas/Identity' },
        tags: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 64 } },
      },
    };
  }
  schemas.Identity = { type: 'object', properties: { id: { type: 'string', maxLength: 64 }, displayName: { type: 'string', maxLength: 256 } } };
  const paths: Record<string, unknown> = {};
  for (let index = 0; index < operations / 2; index += 1) {
    const schema = { $ref: `#/components/schemas/Resource${index % schemaCount}` };
    const limitRequired = variant === 'head' && index === 0;
    paths[`/groups${index % 97}/resources${index}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: `getResource${index}`,
        summary: `Get resource ${index}`,
        parameters: [{ name: 'select', in: 'query', required: limitRequired, schema: { type: 'string', maxLength: 256 } }],
        responses: {
          '200': { description: 'The resource.', content: { 'application/json': { schema } } },
          '404': { description: 'Not found.' },
        },
      },
      patch: {
        operationId: `updateResource${index}`,
        summary: `Update resource ${index}`,
        requestBody: { required: true, content: { 'application/json': { schema } } },
        responses: { '204': { description: 'Updated.' }, '400': { description: 'Invalid.' } },
      },
    };
  }
  return { openapi: '3.0.3', info: { title: 'Large API', version: variant === 'base' ? '1.0.0' : '1.1.0' }, paths, components: { schemas } };
}

if (process.argv[1]?.endsWith('large-spec.ts')) {
  const [count = '20000', out = 'large.json', variant = 'base'] = process.argv.slice(2);
  writeFileSync(out, JSON.stringify(largeSpec(Number(count), variant as 'base' | 'head')));
}
