// analyze: the document formats a ruleset may name (`formats: [oas3]`), as Spectral's YAML
// rulesets spell them, mapped to Spectral's format detectors.
import type { Format } from '@stoplight/spectral-core';
import * as formats from '@stoplight/spectral-formats';

const BUILTIN_FORMATS: ReadonlyMap<string, Format> = new Map<string, Format>([
  ['oas2', formats.oas2],
  ['oas3', formats.oas3],
  ['oas3.0', formats.oas3_0],
  ['oas3.1', formats.oas3_1],
  ['asyncapi2', formats.aas2],
  ['asyncapi3', formats.aas3],
  ['arazzo1', formats.arazzo1_0],
  ['arazzo1.0', formats.arazzo1_0],
  ['json-schema', formats.jsonSchema],
  ['json-schema-loose', formats.jsonSchemaLoose],
  ['json-schema-draft4', formats.jsonSchemaDraft4],
  ['json-schema-draft6', formats.jsonSchemaDraft6],
  ['json-schema-draft7', formats.jsonSchemaDraft7],
  ['json-schema-draft-2019-09', formats.jsonSchemaDraft2019_09],
  ['json-schema-2019-09', formats.jsonSchemaDraft2019_09],
  ['json-schema-draft-2020-12', formats.jsonSchemaDraft2020_12],
  ['json-schema-2020-12', formats.jsonSchemaDraft2020_12],
]);

export function builtinFormat(name: string): Format | undefined {
  return BUILTIN_FORMATS.get(name);
}

/** Every format detector a ruleset may name, once each. */
export function builtinFormats(): Format[] {
  return [...new Set(BUILTIN_FORMATS.values())];
}
