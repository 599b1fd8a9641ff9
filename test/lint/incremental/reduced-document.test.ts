// The tree unit-local rules traverse holds the linted units only (and the plain top-level values
// formats are read from), unless leaving a top-level unit out would change a format.
import { describe, expect, it } from 'vitest';
import { lintedView, type FormatTest } from '../../../src/lint/incremental/reduced-document.js';

const resolved = {
  openapi: '3.1.0',
  info: { title: 'Pets', version: '1' },
  tags: [{ name: 'pets' }],
  'x-tagGroups': [{ name: 'animals', tags: ['pets'] }],
  'x-webhooks': { ping: { post: { summary: 'ping' } }, pong: { post: { summary: 'pong' } } },
  paths: { '/pets': { get: {} }, '/owners': { get: {} } },
  components: { schemas: { Pet: { type: 'object' }, Owner: { type: 'object' } } },
};
const oas3: FormatTest = (document) => typeof (document as { openapi?: unknown }).openapi === 'string';

describe('lintedView', () => {
  it('keeps the linted units, the unit maps and plain top-level values', () => {
    const view = lintedView(resolved, new Set(['paths\u0000/pets', 'components\u0000schemas\u0000Pet', 'tags']), [oas3], 'api.json');
    expect(view).toEqual({
      openapi: '3.1.0',
      tags: [{ name: 'pets' }],
      'x-webhooks': {},
      paths: { '/pets': { get: {} } },
      components: { schemas: { Pet: { type: 'object' } } },
    });
  });

  it('keeps every top-level key when leaving one out would change a format', () => {
    const hasTagGroups: FormatTest = (document) => 'x-tagGroups' in (document as object);
    const view = lintedView(resolved, new Set(['paths\u0000/pets']), [oas3, hasTagGroups], 'api.json');
    expect(Object.keys(view)).toEqual(Object.keys(resolved));
    expect(view.paths).toEqual({ '/pets': { get: {} } });
  });

  it('keeps the linted webhooks of a 3.0 description (x-webhooks), each a unit', () => {
    const view = lintedView(resolved, new Set(['x-webhooks\u0000pong']), [oas3], 'api.json');
    expect(view['x-webhooks']).toEqual({ pong: { post: { summary: 'pong' } } });
  });
});
