// analyze: which of Spectral's built-in functions read nothing but the value they are given.
// The incremental lint leans on this twice: a rule built from them is unit-local
// (rule-locality.ts), and, where they also ignore where the value sits, each place in the file
// needs them only once per run (once-per-place.ts).

/**
 * Functions that read their value, their options and the document's formats, and report at or
 * below the path they are given: the same value gives the same results wherever it is met
 * (`oasExample` also reads whether that path is a request or a response).
 */
export const TARGET_ONLY_FUNCTIONS: ReadonlySet<string> = new Set([
  'alphabetical',
  'casing',
  'defined',
  'enumeration',
  'falsy',
  'length',
  'or',
  'pattern',
  'schema',
  'truthy',
  'undefined',
  'xor',
  'typedEnum',
  'oasDiscriminator',
  'oasExample',
  'oasOpFormDataConsumeCheck',
  'oasOpParams',
  'oasOpSuccessResponse',
  'oasSchema',
  'serverVariables',
  'uniquenessTags',
]);

/**
 * Functions that read only their value and what stands next to it in the same unit (`refSiblings`
 * reads the unresolved parent of its target): local to a unit, but not to a place.
 */
export const VALUE_FUNCTIONS: ReadonlySet<string> = new Set([...TARGET_ONLY_FUNCTIONS, 'refSiblings']);
