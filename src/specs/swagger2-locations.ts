// parse: a Swagger 2.0 document is converted to OpenAPI 3 for comparison, but findings must
// point at the file the author wrote. This maps a path in the converted document back to
// the nearest path of the original; the file's own lookup then finds the closest line.
import type { JsonPath } from './source-location.js';

const componentFolders: Record<string, string> = {
  schemas: 'definitions',
  parameters: 'parameters',
  responses: 'responses',
  securitySchemes: 'securityDefinitions',
};

export function swagger2PathFor(converted: JsonPath): JsonPath {
  const path = [...converted];
  if (path[0] === 'components' && typeof path[1] === 'string') {
    const folder = componentFolders[path[1]];
    if (!folder) return [];
    path.splice(0, 2, folder);
  }
  return dropOpenApi3Wrappers(path);
}

function dropOpenApi3Wrappers(path: (string | number)[]): JsonPath {
  const result: (string | number)[] = [];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index] as string | number;
    if (segment === 'content' && typeof path[index + 1] === 'string') {
      index += 1; // `content/<media type>` has no counterpart in 2.0
      continue;
    }
    if (segment === 'requestBody') {
      result.push('parameters'); // the body parameter; its index is not known here
      break;
    }
    if (segment === 'schema' && result[result.length - 2] === 'parameters') continue;
    result.push(segment);
  }
  return result;
}
