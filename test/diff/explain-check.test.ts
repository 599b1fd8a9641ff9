// `explain` (CLI and slash command) prints a check's migration hint with no raw `{{…}}` left.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diff/catalog.js';
import { explainCheck } from '../../src/diff/explain-check.js';
import { formatCatalog } from '../../src/formats/format-catalog.js';

describe('explainCheck', () => {
  it('fills the placeholders of every check, OpenAPI and the other formats', () => {
    const raw = [...catalog, ...formatCatalog].filter((check) => explainCheck(check.id)?.includes('{{'));
    expect(raw.map((check) => check.id)).toEqual([]);
  });

  it.each([
    { id: 'request-parameter-became-required', line: '- **What clients do:** Send the changed element on every call to the operation.' },
    { id: 'api-removed-without-deprecation', line: '- **What clients do:** Stop calling the operation before the provider ships this version; move to the replacement the provider names, or ask for one.' },
  ])('$id', ({ id, line }) => {
    expect(explainCheck(id)?.split('\n')).toContain(line);
  });
});
