import { describe, expect, it } from 'vitest';
import { messagesFlagged, oas3, operation, pathsFlagged } from './rule-harness.js';

const withOperation = (get: Record<string, unknown>) => oas3({ paths: { '/things': { get } } });

describe('api-deprecated-sunset', () => {
  it.each([
    { name: 'not deprecated', get: operation() },
    { name: 'deprecated with sunset and replacement', get: operation({ deprecated: true, 'x-sunset': '2026-01-31', 'x-replaced-by': 'listThingsV2' }) },
  ])('valid: $name', async ({ get }) => {
    expect(await pathsFlagged('api-deprecated-sunset', withOperation(get))).toEqual([]);
  });

  it.each([
    { name: 'no sunset', get: operation({ deprecated: true, 'x-replaced-by': 'listThingsV2' }), missing: ['x-sunset'] },
    { name: 'no replacement', get: operation({ deprecated: true, 'x-sunset': '2026-01-31' }), missing: ['x-replaced-by'] },
    { name: 'neither', get: operation({ deprecated: true }), missing: ['x-replaced-by', 'x-sunset'] },
  ])('invalid: $name', async ({ get, missing }) => {
    const document = withOperation(get);
    expect(await pathsFlagged('api-deprecated-sunset', document)).toEqual(missing.map(() => 'paths./things.get'));
    const messages = await messagesFlagged('api-deprecated-sunset', document);
    missing.forEach((field, index) => expect(messages[index]).toContain(`get.${field} is missing`));
  });
});
