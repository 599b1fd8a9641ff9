import { describe, expect, it } from 'vitest';
import { messagesFlagged, oas3, operation, pathsFlagged } from './rule-harness.js';

type Json = Record<string, unknown>;
const withOperation = (get: Json) => oas3({ paths: { '/things': { get } } });
const withHeaders = (headers: Json, overrides: Json = {}) =>
  operation({ deprecated: true, responses: { '200': { description: 'ok', headers } }, ...overrides });
const query = (overrides: Json) => ({ name: 'sort', in: 'query', schema: { type: 'string', maxLength: 9 }, ...overrides });

describe('api-deprecated-sunset', () => {
  it.each([
    { name: 'not deprecated', get: operation() },
    { name: 'by extension', get: operation({ deprecated: true, 'x-sunset': '2026-01-31', 'x-replaced-by': 'listThingsV2' }) },
    { name: 'by headers', get: withHeaders({ Sunset: { schema: { type: 'string' } }, Link: { schema: { type: 'string' } } }) },
    { name: 'by a Sunset header and the description', get: withHeaders({ Sunset: { schema: { type: 'string' } } }, { description: 'Use `GET /v2/things` instead.' }) },
    { name: 'by description alone', get: operation({ deprecated: true, description: 'Deprecated in favour of listThingsV2; removed after 2027-01-31.' }) },
    { name: 'a plain "use X" and an x-sunset', get: operation({ deprecated: true, 'x-sunset': '2027-01-31', description: 'Deprecated: use GET /v2/things.' }) },
    { name: 'a parameter by extension', get: operation({ parameters: [query({ deprecated: true, 'x-sunset': '2026-01-31', 'x-replaced-by': 'order_by' })] }) },
    { name: 'a parameter by description and the operation\'s Sunset header', get: withHeaders({ Sunset: {} }, { deprecated: false, parameters: [query({ deprecated: true, description: 'Replaced by order_by.' })] }) },
  ])('valid: $name', async ({ get }) => {
    expect(await pathsFlagged('api-deprecated-sunset', withOperation(get))).toEqual([]);
  });

  it.each([
    { name: 'no sunset', get: operation({ deprecated: true, 'x-replaced-by': 'listThingsV2' }), flagged: ['paths./things.get'], says: ['its sunset'] },
    { name: 'no replacement', get: operation({ deprecated: true, 'x-sunset': '2026-01-31' }), flagged: ['paths./things.get'], says: ['its replacement'] },
    { name: 'neither', get: operation({ deprecated: true }), flagged: ['paths./things.get'], says: ['its sunset', 'its replacement'] },
    { name: 'a description without a date', get: operation({ deprecated: true, description: 'Deprecated, use GET /v2/things instead.' }), flagged: ['paths./things.get'], says: ['its sunset'] },
    { name: 'a parameter with neither', get: operation({ parameters: [query({ deprecated: true })] }), flagged: ['paths./things.get.parameters.0'], says: ['parameter "sort"'] },
  ])('invalid: $name', async ({ get, flagged, says }) => {
    const document = withOperation(get);
    expect(await pathsFlagged('api-deprecated-sunset', document)).toEqual(flagged);
    const [message] = await messagesFlagged('api-deprecated-sunset', document);
    for (const part of says) expect(message).toContain(part);
  });
});
