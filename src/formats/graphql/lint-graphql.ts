// analyze: GraphQL lint. graphql-js validates the schema (its rules, not ours); a few documented
// house rules add what a reviewer asks for: descriptions on types and fields, a reason on every
// deprecation, and the naming conventions of the GraphQL specification's examples.
import { GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, validateSchema, type GraphQLNamedType } from 'graphql';
import type { LintFinding } from '../../lint/index.js';
import { positionOf, type SdlLocations } from './graphql-locations.js';
import { loadGraphqlSchema, type SdlFile } from './load-graphql-schema.js';

/** The house rules, documented in the README ("AsyncAPI, GraphQL and Protobuf contracts"). */
export const graphqlLintRules = {
  'graphql-schema-valid': 'The schema is valid by the GraphQL specification (graphql-js `validateSchema`).',
  'graphql-type-description': 'Every object, interface, input, enum, union and scalar type has a description.',
  'graphql-field-description': 'Every field of an object, interface or input type has a description.',
  'graphql-deprecation-reason': 'Every `@deprecated` says why and what to use instead (`reason:`).',
  'graphql-type-naming': 'Type names are PascalCase.',
  'graphql-field-naming': 'Field and argument names are camelCase.',
  'graphql-enum-value-naming': 'Enum values are UPPER_SNAKE_CASE.',
} as const;

type RuleCode = keyof typeof graphqlLintRules;

/** Lints the schema the files make together (`files[0]` the root); each finding in its own file. */
export function lintGraphql(files: readonly SdlFile[]): LintFinding[] {
  const loaded = loadGraphqlSchema(files);
  if (!loaded.ok) return [];
  const root = files[0]?.path ?? '';
  const findings: LintFinding[] = [];
  const report = (code: RuleCode, severity: LintFinding['severity'], coordinate: string, message: string): void => {
    const position = positionOf(loaded.locations, coordinate);
    findings.push({ code, severity, message, path: coordinate.split('.'), source: { file: position?.file ?? root, line: position?.line ?? 1, column: position?.column ?? 1 } });
  };
  for (const error of validateSchema(loaded.schema)) {
    const line = error.locations?.[0]?.line ?? 1;
    const file = error.source?.name ?? error.nodes?.[0]?.loc?.source.name ?? root;
    findings.push({ code: 'graphql-schema-valid', severity: 'error', message: error.message, path: [], source: { file, line } });
  }
  for (const type of ownTypes(loaded.schema)) lintType(type, report, loaded.locations);
  return findings;
}

type Reporter = (code: RuleCode, severity: LintFinding['severity'], coordinate: string, message: string) => void;

function lintType(type: GraphQLNamedType, report: Reporter, locations: SdlLocations): void {
  if (!locations.has(type.name)) return;
  if (!type.description) report('graphql-type-description', 'warning', type.name, `Type \`${type.name}\` has no description.`);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(type.name)) report('graphql-type-naming', 'warning', type.name, `Type \`${type.name}\` is not PascalCase.`);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (!field.description) report('graphql-field-description', 'info', coordinate, `Field \`${coordinate}\` has no description.`);
      if (!/^[a-z][A-Za-z0-9]*$/.test(field.name)) report('graphql-field-naming', 'warning', coordinate, `Field \`${coordinate}\` is not camelCase.`);
      if (field.deprecationReason === 'No longer supported' || field.deprecationReason === '') {
        report('graphql-deprecation-reason', 'warning', coordinate, `Field \`${coordinate}\` is deprecated without a reason: say why and what to use instead.`);
      }
      for (const argument of 'args' in field ? field.args : []) {
        if (!/^[a-z][A-Za-z0-9]*$/.test(argument.name)) report('graphql-field-naming', 'warning', `${coordinate}.${argument.name}`, `Argument \`${argument.name}\` of \`${coordinate}\` is not camelCase.`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) {
      const coordinate = `${type.name}.${value.name}`;
      if (!/^[A-Z][A-Z0-9_]*$/.test(value.name)) report('graphql-enum-value-naming', 'warning', coordinate, `Enum value \`${coordinate}\` is not UPPER_SNAKE_CASE.`);
      if (value.deprecationReason === 'No longer supported' || value.deprecationReason === '') {
        report('graphql-deprecation-reason', 'warning', coordinate, `Enum value \`${coordinate}\` is deprecated without a reason.`);
      }
    }
  }
}

/** Types the file defines: not the built-in scalars and introspection types. */
function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type));
}
