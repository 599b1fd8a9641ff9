// analyze: from an aspect of a schema change (`max-length-decreased`) to oasdiff's check ids.
// The id depends on where the schema sits: the root of a body, parameter or header, or a
// nested property; oasdiff spells the prefixes differently for each and has no id for many
// combinations (then the candidate list is empty, or no candidate is in the catalog).
import type { SchemaSite } from './schema-site.js';

export interface SchemaPosition {
  site: SchemaSite;
  /** The schema is the root of the body, parameter or header (not a nested property). */
  root: boolean;
  /** The schema is the `items` of the root (an array parameter's element schema). */
  itemsOfRoot: boolean;
  /** `readOnly` / `writeOnly` as the head declares them at this position. */
  readOnly: boolean;
  writeOnly: boolean;
}

/**
 * Aspects that oasdiff does not judge for a `readOnly` request property (the client does not send
 * it) or a `writeOnly` response property (the client never receives it). A dedicated variant id
 * (`request-read-only-property-*`, `response-write-only-property-*`) is used when one exists.
 */
const skippedForReadOnlyRequest = new Set([
  'enum-value-removed', 'list-of-types-narrowed', 'list-of-types-widened', 'max-length-set',
  'max-length-decreased', 'max-set', 'max-decreased', 'exclusive-max-decreased', 'exclusive-max-set',
  'min-items-increased', 'min-items-set', 'min-set', 'exclusive-min-set', 'min-increased',
  'exclusive-min-increased', 'type-changed', 'type-generalized', 'type-compatible',
  'x-extensible-enum-value-removed',
]);
const skippedForWriteOnlyResponse = new Set([
  'enum-value-added', 'max-increased', 'exclusive-max-increased', 'max-length-increased',
  'max-length-unset', 'min-decreased', 'exclusive-min-decreased', 'min-items-decreased',
  'min-items-unset', 'min-length-decreased',
]);

/** oasdiff names a few root-level checks outside the prefix scheme. */
const rootAliases: Readonly<Record<string, string>> = {
  'response-body-enum-value-removed': 'response-mediatype-enum-value-removed',
};

/**
 * oasdiff's legacy fallback: `maxItems` written on the items of an array parameter is judged as the
 * parameter's own (only a change of a limit both sides have; a limit set or removed there has no id).
 */
const parameterItemsAliases: Readonly<Record<string, string>> = {
  'max-items-increased': 'request-parameter-max-items-increased',
  'max-items-decreased': 'request-parameter-max-items-decreased',
};

/** Header parameters have dedicated ids for properties of object-valued headers. */
const headerParameterAspects = new Set(['became-enum', 'became-required']);

export function aspectIds(position: SchemaPosition, aspect: string): string[] {
  const prefix = idPrefix(position);
  if (prefix === undefined) return [];
  const id = `${prefix}-${aspect}`;
  const { site } = position;
  const itemsAlias = parameterItemsAliases[aspect];
  if (site.subject === 'parameter' && position.itemsOfRoot && itemsAlias !== undefined) return [itemsAlias];
  if (site.subject === 'parameter' && !position.root && site.in === 'header' && headerParameterAspects.has(aspect)) {
    return [`request-header-property-${aspect}`];
  }
  if (site.subject === 'body' && !position.root) {
    if (site.direction === 'request' && position.readOnly && skippedForReadOnlyRequest.has(aspect)) {
      return [`request-read-only-property-${aspect}`];
    }
    if (site.direction === 'response' && position.writeOnly && skippedForWriteOnlyResponse.has(aspect)) {
      return [`response-write-only-property-${aspect}`];
    }
  }
  return [rootAliases[id] ?? id];
}

function idPrefix({ site, root }: SchemaPosition): string | undefined {
  switch (site.subject) {
    case 'body':
      return `${site.direction}-${root ? 'body' : 'property'}`;
    case 'parameter':
      return root ? 'request-parameter' : 'request-parameter-property';
    case 'header':
      // oasdiff judges only the type and nullability of a response header's own schema.
      return root ? 'response-header' : undefined;
  }
}

