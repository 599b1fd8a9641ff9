// A config that names a check no engine has is refused like an unknown key: the key and the reason.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';

describe('parseConfig: breaking.levels', () => {
  it.each([
    { name: 'an OpenAPI check id', levels: { 'response-property-enum-value-added': 'off' }, ok: true },
    { name: 'a GraphQL engine id', levels: { FIELD_REMOVED: 'warning' }, ok: true },
    { name: 'a typo', levels: { 'api-removed-without-deprecaton': 'off' }, ok: false },
  ])('$name', ({ levels, ok }) => {
    const outcome = parseConfig({ breaking: { levels } });
    expect(outcome.ok).toBe(ok);
    if (!outcome.ok) {
      expect(outcome.message).toBe(
        '.github/api-review.yml: `breaking.levels.api-removed-without-deprecaton`: unknown check id `api-removed-without-deprecaton` (see `api-review explain` and docs/rules.md)',
      );
    }
  });
});
