import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../src/diff/catalog.js';
import { catalog } from '../../../src/diff/catalog.js';
import { schemaConstraintsRows } from '../../../src/diff/checks/schema-constraints.js';
import { schemaPropsRows } from '../../../src/diff/checks/schema-props.js';
import { schemaStructureRows } from '../../../src/diff/checks/schema-structure.js';
import { schemaTypeRows } from '../../../src/diff/checks/schema-type.js';
import { schemaValuesRows } from '../../../src/diff/checks/schema-values.js';
import { aspectIds, type SchemaPosition } from '../../../src/diff/schema/check-ids.js';
import { aspectRecords, defineSchemaChecks, type AspectRow, type SchemaCheckRow, type SchemaIdPrefix } from '../../../src/diff/schema/check-table.js';
import type { SchemaSite } from '../../../src/diff/schema/schema-site.js';

const operation = 'POST /things';
const requestBody: SchemaSite = { direction: 'request', subject: 'body', operation, mediaType: 'application/json' };
const responseBody: SchemaSite = { direction: 'response', subject: 'body', operation, mediaType: 'application/json' };
const query: SchemaSite = { direction: 'request', subject: 'parameter', operation, name: 'q', in: 'query' };
const header: SchemaSite = { direction: 'request', subject: 'parameter', operation, name: 'X-Filter', in: 'header' };
const responseHeader: SchemaSite = { direction: 'response', subject: 'header', operation, name: 'X-Rate' };
const at = (site: SchemaSite, root: boolean, extra: Partial<SchemaPosition> = {}): SchemaPosition => ({
  site,
  root,
  itemsOfRoot: false,
  readOnly: false,
  writeOnly: false,
  ...extra,
});

/** Places in a schema that check-ids.ts gives each prefix (several where an alias decides). */
const placesOf: Record<SchemaIdPrefix, readonly SchemaPosition[]> = {
  'request-body': [at(requestBody, true)],
  'request-property': [at(requestBody, false)],
  'request-read-only-property': [at(requestBody, false, { readOnly: true })],
  'request-parameter': [at(query, true), at(query, false, { itemsOfRoot: true })],
  'request-parameter-property': [at(query, false)],
  'request-header-property': [at(header, false)],
  'response-body': [at(responseBody, true)],
  'response-property': [at(responseBody, false)],
  'response-write-only-property': [at(responseBody, false, { writeOnly: true })],
  'response-mediatype': [at(responseBody, true)],
  'response-header': [at(responseHeader, true)],
};

const families: Record<string, readonly SchemaCheckRow[]> = {
  'schema-props': schemaPropsRows,
  'schema-type': schemaTypeRows,
  'schema-values': schemaValuesRows,
  'schema-constraints': schemaConstraintsRows,
  'schema-structure': schemaStructureRows,
};

const cells = Object.entries(families).flatMap(([family, rows]) =>
  rows.flatMap((row) =>
    'id' in row ? [] : (Object.keys(row.at) as SchemaIdPrefix[]).map((prefix) => ({ family, aspect: row.aspect, prefix, id: `${prefix}-${row.aspect}` })),
  ),
);

describe('schema check tables', () => {
  it('has rows for every schema family', () => {
    expect(cells.length).toBeGreaterThan(300);
  });

  it.each(cells)('$family: `$aspect` at $prefix is the id the comparator reports there', ({ aspect, prefix, id }) => {
    const reported = placesOf[prefix].flatMap((position) => aspectIds(position, aspect));
    expect(reported).toContain(id);
  });

  it('catalogues every row of every schema family, and nothing else under those families', () => {
    for (const [family, rows] of Object.entries(families)) {
      const fromRows = rows.flatMap((row) => ('id' in row ? [row.id] : aspectRecords(row).map((record) => record.id))).sort();
      const catalogued = catalog.filter((check) => check.family === family).map((check) => check.id).sort();
      expect(catalogued).toEqual(fromRows);
    }
  });

  it('types the generated ids: a misspelt schema id is no CheckId', () => {
    const generated: CheckId = 'request-property-max-length-decreased';
    // @ts-expect-error a misspelt aspect is not among the ids the tables generate
    const misspelt: CheckId = 'request-property-max-lenght-decreased';
    expect([generated, misspelt]).toHaveLength(2);
  });
});

describe('aspectRecords', () => {
  it.each<{ name: string; row: AspectRow; expected: ReturnType<typeof aspectRecords> }>([
    {
      name: 'one record per place, level and direction from the place, sentence from subject, change and consequence',
      row: { aspect: 'format-changed', change: 'had its `format` changed', at: { 'request-property': 'error', 'response-property': 'info' } },
      expected: [
        {
          id: 'request-property-format-changed',
          level: 'error',
          direction: 'request',
          description: 'A request body property had its `format` changed, so a request that was valid before can now be rejected.',
          migration: 'Check that the values your client sends for {{name}} to {{operation}} meet the new schema before upgrading.',
        },
        {
          id: 'response-property-format-changed',
          level: 'info',
          direction: 'response',
          description: 'A response body property had its `format` changed, which only narrows what clients can receive.',
          migration: 'No action needed; review how your client reads {{name}} from {{operation}} if you depend on it.',
        },
      ],
    },
    {
      name: 'an effect rewords info places only; overrides win per place, then per direction',
      row: {
        aspect: 'title-changed',
        change: 'had its `title` changed',
        effect: 'no-wire',
        at: { 'request-body': 'info', 'response-body': 'error' },
        descriptions: { 'response-body': 'Spelled out.' },
        migrations: { response: 'Per direction.' },
        ours: true,
      },
      expected: [
        {
          id: 'request-body-title-changed',
          level: 'info',
          direction: 'request',
          description: 'The request body schema had its `title` changed; no wire-contract effect.',
          migration: 'No action needed; {{name}} in requests to {{operation}} accepts what it accepted before.',
          ours: true,
        },
        { id: 'response-body-title-changed', level: 'error', direction: 'response', description: 'Spelled out.', migration: 'Per direction.', ours: true },
      ],
    },
  ])('$name', ({ row, expected }) => {
    expect(aspectRecords(row)).toEqual(expected);
  });

  it('refuses a place no generated sentence fits', () => {
    expect(() => aspectRecords({ aspect: 'x-changed', change: 'changed', at: { 'response-header': 'info' } })).toThrow(/response-header-x-changed/);
  });

  it('sorts a family by id and names the family', () => {
    const records = defineSchemaChecks('demo', [
      { aspect: 'b-changed', change: 'changed b', at: { 'request-body': 'info' } },
      { id: 'a-changed', level: 'info', direction: 'request', description: 'A changed.', migration: 'None.' },
    ]);
    expect(records.map((record) => [record.id, record.family])).toEqual([
      ['a-changed', 'demo'],
      ['request-body-b-changed', 'demo'],
    ]);
  });
});
