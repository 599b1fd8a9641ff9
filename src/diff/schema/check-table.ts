// analyze: the catalog records of the schema checks, generated from one table row per aspect.
// The schema comparator reports an aspect (`max-length-decreased`) and check-ids.ts turns it into
// oasdiff's id by where the schema sits (`request-property-max-length-decreased`); a row says, for
// each of those places, the level oasdiff gives it, so a new schema check is one comparer and one
// row. Descriptions are written once per row: the place's subject, the change, and the consequence
// its level and direction imply; the few that read differently are spelled out per place.
import type { ChangeLevel } from '../change.js';
import { defineChecks, type CheckMeta } from '../check.js';
import type { SchemaDirection } from './schema-site.js';

/** The id prefixes check-ids.ts gives a schema aspect, one per kind of place. */
export type SchemaIdPrefix =
  | 'request-body'
  | 'request-property'
  | 'request-read-only-property'
  | 'request-parameter'
  | 'request-parameter-property'
  | 'request-header-property'
  | 'response-body'
  | 'response-property'
  | 'response-write-only-property'
  | 'response-mediatype'
  | 'response-header';

/** An info-level change that is not a narrowing of what may be sent or received. */
export type SchemaCheckEffect = 'awareness' | 'same-validity' | 'no-wire';

/** One aspect of a schema change, at every place oasdiff has an id for it. */
export interface AspectRow<Aspect extends string = string, Prefix extends SchemaIdPrefix = SchemaIdPrefix> {
  aspect: Aspect;
  /** What happened to the schema, after its subject: "had its `maxLength` lowered". */
  change?: string;
  /** Consequence of the info-level places, when it is not "keeps every valid request valid". */
  effect?: SchemaCheckEffect;
  /** Level per place; a place not listed has no id (the comparator reports nothing there). */
  at: Readonly<Partial<Record<Prefix, ChangeLevel>>>;
  /** Whole descriptions for places the generated sentence does not fit. */
  descriptions?: Readonly<Partial<Record<SchemaIdPrefix, string>>>;
  /** Migration for every place of the row, or per place or direction, where the level's default does not fit. */
  migration?: string;
  migrations?: Readonly<Partial<Record<SchemaIdPrefix | SchemaDirection, string>>>;
  ours?: boolean;
}

/** An id the comparator spells out itself (a property added or removed), with its record. */
export type IdRow<Id extends string = string> = Omit<CheckMeta<Id>, 'family'>;

export type SchemaCheckRow = AspectRow | IdRow;

/** The ids a row declares: `${prefix}-${aspect}` for every place, or its explicit id. */
export type RowIds<Row> = Row extends { id: infer Id extends string }
  ? Id
  : Row extends { aspect: infer Aspect extends string; at: infer At }
    ? `${Extract<keyof At, string>}-${Aspect}`
    : never;

const subjects: Readonly<Partial<Record<SchemaIdPrefix, string>>> = {
  'request-body': 'The request body schema',
  'request-property': 'A request body property',
  'request-read-only-property': 'A `readOnly` request property',
  'response-body': 'The response body schema',
  'response-property': 'A response body property',
  'response-write-only-property': 'A `writeOnly` response property',
};

const consequences: Readonly<Record<ChangeLevel, Readonly<Record<SchemaDirection, string>>>> = {
  error: {
    request: ', so a request that was valid before can now be rejected.',
    response: ', so clients can now receive values or shapes they were not written to handle.',
  },
  warning: {
    request: ', which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    response: ', so clients may receive values they were not written to handle.',
  },
  info: {
    request: ', which keeps every previously valid request valid.',
    response: ', which only narrows what clients can receive.',
  },
};

const effects: Readonly<Record<SchemaCheckEffect, Readonly<Record<SchemaDirection, string>>>> = {
  awareness: { request: '; reported for awareness only.', response: '; reported for awareness only.' },
  'same-validity': {
    request: ', which does not change which requests are valid (reported for awareness).',
    response: ', which does not change which responses are valid (reported for awareness).',
  },
  'no-wire': { request: '; no wire-contract effect.', response: '; no wire-contract effect.' },
};

const migrations: Readonly<Record<ChangeLevel, Readonly<Record<SchemaDirection, string>>>> = {
  error: {
    request: 'Check that the values your client sends for {{name}} to {{operation}} meet the new schema before upgrading.',
    response: 'Update how your client parses {{name}} from {{operation}} responses: it may now receive values outside the old schema.',
  },
  warning: {
    request: 'Check that the values your client sends for {{name}} to {{operation}} meet the new schema before upgrading.',
    response: 'Update how your client parses {{name}} from {{operation}} responses: it may now receive values outside the old schema.',
  },
  info: {
    request: 'No action needed; {{name}} in requests to {{operation}} accepts what it accepted before.',
    response: 'No action needed; review how your client reads {{name}} from {{operation}} if you depend on it.',
  },
};

/** Declares a schema family from its rows; ids keep their literal types, as `defineChecks` does. */
export function defineSchemaChecks<const Rows extends readonly SchemaCheckRow[]>(
  family: string,
  rows: Rows,
): CheckMeta<RowIds<Rows[number]>>[] {
  const records = rows.flatMap((row) => ('id' in row ? [row] : aspectRecords(row)));
  return defineChecks(family, records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) as CheckMeta<RowIds<Rows[number]>>[];
}

/** The records of one aspect row, one per place it lists. */
export function aspectRecords(row: AspectRow): IdRow[] {
  return (Object.entries(row.at) as [SchemaIdPrefix, ChangeLevel][]).map(([prefix, level]) => {
    const direction = directionOf(prefix);
    const record: IdRow = {
      id: `${prefix}-${row.aspect}`,
      level,
      direction,
      description: row.descriptions?.[prefix] ?? describe(row, prefix, level, direction),
      migration: row.migrations?.[prefix] ?? row.migrations?.[direction] ?? row.migration ?? migrations[level][direction],
    };
    return row.ours === true ? { ...record, ours: true } : record;
  });
}

export function directionOf(prefix: SchemaIdPrefix): SchemaDirection {
  return prefix.startsWith('request-') ? 'request' : 'response';
}

function describe(row: AspectRow, prefix: SchemaIdPrefix, level: ChangeLevel, direction: SchemaDirection): string {
  const subject = subjects[prefix];
  if (subject === undefined || row.change === undefined) {
    throw new Error(`schema check \`${prefix}-${row.aspect}\` needs a description: no generated sentence fits it`);
  }
  const consequence = level === 'info' && row.effect !== undefined ? effects[row.effect][direction] : consequences[level][direction];
  return `${subject} ${row.change}${consequence}`;
}
