// parse: where each schema coordinate (`User`, `User.email`, `Query.user.id`, `Role.ADMIN`,
// `@auth`) is written — file, line and column — so a GraphQL finding points at the file that
// defines the element, also when the schema is split over several files.
import { Kind, type DocumentNode, type Location } from 'graphql';

export interface SdlPosition {
  /** The file the element is written in (the name its Source was parsed with). */
  file: string;
  line: number;
  column: number;
}

export type SdlLocations = ReadonlyMap<string, SdlPosition>;

export function sdlLocations(document: DocumentNode): SdlLocations {
  const positions = new Map<string, SdlPosition>();
  const record = (coordinate: string, loc: Location | undefined): void => {
    if (loc && !positions.has(coordinate)) positions.set(coordinate, { file: loc.source.name, line: loc.startToken.line, column: loc.startToken.column });
  };
  // A type is placed where it is defined, not where another file extends it: definitions first.
  const ordered = [...document.definitions].sort((a, b) => Number(isExtension(a.kind)) - Number(isExtension(b.kind)));
  for (const definition of ordered) {
    switch (definition.kind) {
      case Kind.SCHEMA_DEFINITION:
      case Kind.SCHEMA_EXTENSION:
        record('schema', definition.loc);
        break;
      case Kind.DIRECTIVE_DEFINITION:
        record(`@${definition.name.value}`, definition.name.loc);
        for (const argument of definition.arguments ?? []) record(`@${definition.name.value}.${argument.name.value}`, argument.name.loc);
        break;
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        record(definition.name.value, definition.name.loc);
        for (const field of definition.fields ?? []) {
          record(`${definition.name.value}.${field.name.value}`, field.name.loc);
          for (const argument of field.arguments ?? []) record(`${definition.name.value}.${field.name.value}.${argument.name.value}`, argument.name.loc);
        }
        break;
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        record(definition.name.value, definition.name.loc);
        for (const field of definition.fields ?? []) record(`${definition.name.value}.${field.name.value}`, field.name.loc);
        break;
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION:
        record(definition.name.value, definition.name.loc);
        for (const value of definition.values ?? []) record(`${definition.name.value}.${value.name.value}`, value.name.loc);
        break;
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.UNION_TYPE_EXTENSION:
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_EXTENSION:
        record(definition.name.value, definition.name.loc);
        break;
      default:
        break;
    }
  }
  return positions;
}

function isExtension(kind: Kind): boolean {
  return kind.endsWith('Extension');
}

/**
 * The position of a coordinate, or of its nearest written ancestor: graphql-inspector's paths
 * go below the SDL's coordinates (`User.name.@deprecated.reason`), and a removed enum value is
 * placed at its enum in the head.
 */
export function positionOf(locations: SdlLocations, coordinate: string): SdlPosition | undefined {
  const segments = coordinate.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const found = locations.get(segments.slice(0, length).join('.'));
    if (found) return found;
  }
  return undefined;
}
