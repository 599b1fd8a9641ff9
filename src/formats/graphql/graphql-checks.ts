// analyze: the catalog of GraphQL checks — graphql-inspector's change types, as data for
// `api-review explain` and docs/rules.md. graphql-inspector decides each change's criticality
// itself (an added input field breaks only when it is non-null); `level` here is the most severe
// one it gives the type. Migrations speak of fields, arguments, types and enum values.
import type { CheckMeta } from '../../diff/check.js';
import type { ChangeLevel } from '../../diff/change.js';
import { graphqlChangeTypes } from './graphql-change-types.js';

const migrations: Readonly<Record<string, string>> = {
  FIELD_REMOVED: 'Stop selecting the field {{operation}} in queries, fragments and generated types.',
  TYPE_REMOVED: 'Stop using the type {{operation}} in operations, fragments and generated types.',
  FIELD_TYPE_CHANGED: 'Update the code that reads {{operation}} to its new type.',
  FIELD_ARGUMENT_TYPE_CHANGED: 'Pass a value of the new argument type to {{operation}} (a non-null argument can no longer be omitted).',
  FIELD_ARGUMENT_REMOVED: 'Stop passing the removed argument to {{operation}}.',
  FIELD_ARGUMENT_ADDED: 'Pass the new argument to {{operation}} when it is non-null.',
  ENUM_VALUE_REMOVED: 'Stop sending the removed value of {{operation}} and handle its absence in responses.',
  ENUM_VALUE_ADDED: 'Make sure code switching over {{operation}} handles values it does not know.',
  INPUT_FIELD_REMOVED: 'Stop sending the removed input field of {{operation}}.',
  INPUT_FIELD_ADDED: 'Send the new input field of {{operation}} when it is non-null.',
  INPUT_FIELD_TYPE_CHANGED: 'Send the input field {{operation}} with its new type.',
  UNION_MEMBER_REMOVED: 'Stop selecting the removed member of the union {{operation}} in fragments.',
  UNION_MEMBER_ADDED: 'Make sure code reading the union {{operation}} handles members it does not know.',
  OBJECT_TYPE_INTERFACE_REMOVED: 'Stop relying on {{operation}} implementing the removed interface in fragments.',
  TYPE_KIND_CHANGED: 'Rewrite the operations that use {{operation}} for its new kind.',
  DIRECTIVE_REMOVED: 'Stop using the removed directive in operations.',
};

const mostSevere: Readonly<Record<string, ChangeLevel>> = {
  FIELD_ARGUMENT_ADDED: 'error',
  INPUT_FIELD_ADDED: 'error',
  ENUM_VALUE_ADDED: 'warning',
  UNION_MEMBER_ADDED: 'warning',
  FIELD_ARGUMENT_DEFAULT_CHANGED: 'warning',
  INPUT_FIELD_DEFAULT_VALUE_CHANGED: 'warning',
  DIRECTIVE_ARGUMENT_ADDED: 'error',
  DIRECTIVE_LOCATION_REMOVED: 'error',
  SCHEMA_QUERY_TYPE_CHANGED: 'error',
  SCHEMA_MUTATION_TYPE_CHANGED: 'error',
  SCHEMA_SUBSCRIPTION_TYPE_CHANGED: 'error',
  TYPE_KIND_CHANGED: 'error',
  FIELD_TYPE_CHANGED: 'error',
  FIELD_ARGUMENT_TYPE_CHANGED: 'error',
  INPUT_FIELD_TYPE_CHANGED: 'error',
  DIRECTIVE_ARGUMENT_TYPE_CHANGED: 'error',
};

export const graphqlChecks: readonly CheckMeta[] = graphqlChangeTypes.map((id) => ({
  id,
  family: 'graphql',
  level: levelOf(id),
  direction: 'none',
  description: `${sentenceOf(id)} (graphql-inspector's \`${id}\`; it judges the criticality of each change).`,
  migration: migrations[id] ?? 'Review the operations that use {{operation}}.',
}));

function levelOf(id: string): ChangeLevel {
  if (mostSevere[id]) return mostSevere[id];
  if (/DESCRIPTION|DEPRECATION|DIRECTIVE_USAGE/.test(id)) return 'info';
  return id.endsWith('_REMOVED') ? 'error' : 'info';
}

/** `FIELD_ARGUMENT_TYPE_CHANGED` -> `Field argument type changed.` */
function sentenceOf(id: string): string {
  const words = id.toLowerCase().split('_').join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
