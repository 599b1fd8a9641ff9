// analyze: one property casing per API. Which casing is right is the API's own choice (camelCase
// or snake_case), so this reads every property and query parameter name of the description,
// takes the casing most of them use (a rule option may pin one) and reports only the names that
// depart from it. That needs the whole document at once, which plain Spectral data cannot say.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { isJsonObject } from '../../specs/json-object.js';
import type { Path } from './api-document.js';
import { walkApiSchemas } from './schema-walk.js';

export type PropertyCasing = 'camel' | 'snake';
type NameCasing = PropertyCasing | 'either' | 'neither' | 'exempt';

export interface PropertyCasingOptions {
  /** Pins the casing instead of taking the API's majority. */
  casing?: PropertyCasing;
}

/** One word (`id`, `name2`) is both camelCase and snake_case. */
export function casingOf(name: string): NameCasing {
  // `_links`, `@type`, `$schema`: conventions of HAL, JSON-LD and JSON Schema, not a casing choice;
  // `+1`, `-1`, `200`: data used as keys (reactions, status codes), not words.
  if (!/^[A-Za-z]/.test(name)) return 'exempt';
  // `page[size]`, `filter[created_at]`: deep-object query names are read by their words.
  if (name.includes('[')) return combined(name.split(/[[\]]+/).filter((word) => word !== '').map(casingOf));
  if (/^[a-z][a-z0-9]*$/.test(name)) return 'either';
  if (/^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(name)) return 'camel';
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(name)) return 'snake';
  return 'neither';
}

/** The casing of a name made of several names: the one casing they share, if any. */
function combined(parts: NameCasing[]): NameCasing {
  const decided = new Set(parts.filter((part) => part !== 'either' && part !== 'exempt'));
  if (decided.size === 0) return 'either';
  return decided.size === 1 ? ([...decided][0] as NameCasing) : 'neither';
}

interface NamedPlace {
  name: string;
  path: Path;
  what: 'property' | 'query parameter';
}

/** Property names and query parameter names, where each is written. Headers are not properties. */
export function namedPlaces(root: unknown): NamedPlace[] {
  const places: NamedPlace[] = [];
  walkApiSchemas(root, {
    schema: ({ schema, path }) => {
      if (!isJsonObject(schema.properties)) return;
      for (const name of Object.keys(schema.properties)) places.push({ name, path: [...path, 'properties', name], what: 'property' });
    },
    parameter: ({ parameter, path }) => {
      if (parameter.in === 'query' && typeof parameter.name === 'string') places.push({ name: parameter.name, path: [...path, 'name'], what: 'query parameter' });
    },
  });
  return places;
}

/** The casing most distinct names use; camelCase on a tie (and when no name decides). */
export function majorityCasing(places: readonly NamedPlace[]): { casing: PropertyCasing; camel: number; snake: number } {
  const distinct = new Map<string, NameCasing>();
  for (const place of places) distinct.set(place.name, casingOf(place.name));
  const counts = { camel: 0, snake: 0 };
  for (const casing of distinct.values()) if (casing === 'camel' || casing === 'snake') counts[casing] += 1;
  return { casing: counts.snake > counts.camel ? 'snake' : 'camel', ...counts };
}

const CASING_NAMES: Record<PropertyCasing, string> = { camel: 'camelCase', snake: 'snake_case' };

export function propertyCasingFindings(root: unknown, options: PropertyCasingOptions): IFunctionResult[] {
  const places = namedPlaces(root);
  const majority = majorityCasing(places);
  const casing = options.casing ?? majority.casing;
  const why = options.casing
    ? `this API's ruleset pins ${CASING_NAMES[casing]}`
    : `this API uses ${CASING_NAMES[casing]} (${majority[casing]} of ${majority.camel + majority.snake} names that show a casing)`;
  return places
    .filter((place) => {
      const found = casingOf(place.name);
      return found !== casing && found !== 'either' && found !== 'exempt';
    })
    .map((place) => ({ message: `${place.what === 'property' ? 'Property' : 'Query parameter'} "${place.name}" is not ${CASING_NAMES[casing]}: ${why}`, path: place.path }));
}

export const apiPropertyCasing = createRulesetFunction<unknown, PropertyCasingOptions>(
  {
    input: null,
    options: {
      type: ['object', 'null'],
      properties: { casing: { enum: ['camel', 'snake'] } },
      additionalProperties: false,
    },
  },
  function apiPropertyCasing(document, options) {
    return propertyCasingFindings(document, options ?? {});
  },
);
