// analyze: every schema-level check id in one list, for the engine's catalog. The families are
// split by the aspect of a schema they judge; one comparator (`src/diff/schema/`) finds them all.
import type { CheckMeta } from '../check.js';
import { schemaConstraintsChecks } from './schema-constraints.js';
import { schemaPropsChecks } from './schema-props.js';
import { schemaStructureChecks } from './schema-structure.js';
import { schemaTypeChecks } from './schema-type.js';
import { schemaValuesChecks } from './schema-values.js';

export const schemaChecks: CheckMeta[] = [
  ...schemaPropsChecks,
  ...schemaTypeChecks,
  ...schemaValuesChecks,
  ...schemaConstraintsChecks,
  ...schemaStructureChecks,
];
