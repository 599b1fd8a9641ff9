// analyze: every schema of an API description visited once, where it is written: reusable
// schemas, parameters, request and response bodies and headers, and everything nested in them.
// `$ref`s are not followed (their target is visited where it is written), so a schema shared by
// 500 operations costs one visit and gives one finding.
import { httpMethods } from '../../specs/http-methods.js';
import { isJsonObject, type JsonObject } from '../../specs/json-object.js';
import type { Path } from './api-document.js';

export interface SchemaVisit {
  schema: JsonObject;
  path: Path;
}

/** Where a parameter-like object sits, for rules that read parameters themselves. */
export interface ParameterVisit {
  parameter: JsonObject;
  path: Path;
}

export interface WalkVisitors {
  schema?(visit: SchemaVisit): void;
  parameter?(visit: ParameterVisit): void;
}

const NESTED_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'] as const;
const NESTED_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const NESTED_SINGLE = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedProperties', 'additionalItems'] as const;

export function walkApiSchemas(root: unknown, visitors: WalkVisitors): void {
  if (!isJsonObject(root)) return;
  const walker = new Walker(visitors);
  const components = isJsonObject(root.components) ? root.components : {};
  eachMember(components.schemas, ['components', 'schemas'], (value, path) => walker.schema(value, path));
  eachMember(root.definitions, ['definitions'], (value, path) => walker.schema(value, path));
  eachMember(components.parameters, ['components', 'parameters'], (value, path) => walker.parameter(value, path));
  eachMember(root.parameters, ['parameters'], (value, path) => walker.parameter(value, path));
  eachMember(components.headers, ['components', 'headers'], (value, path) => walker.header(value, path));
  eachMember(components.requestBodies, ['components', 'requestBodies'], (value, path) => walker.body(value, path));
  eachMember(components.responses, ['components', 'responses'], (value, path) => walker.response(value, path));
  eachMember(root.responses, ['responses'], (value, path) => walker.response(value, path));
  for (const section of ['paths', 'webhooks']) {
    eachMember(root[section], [section], (item, itemPath) => walker.pathItem(item, itemPath));
  }
}

class Walker {
  /** Guards against YAML anchors that make one object appear at many places (or in a loop). */
  private readonly seen = new WeakSet<object>();

  constructor(private readonly visitors: WalkVisitors) {}

  pathItem(item: JsonObject, path: Path): void {
    this.parameters(item.parameters, [...path, 'parameters']);
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      const at = [...path, method];
      this.parameters(operation.parameters, [...at, 'parameters']);
      if (isJsonObject(operation.requestBody)) this.body(operation.requestBody, [...at, 'requestBody']);
      eachMember(operation.responses, [...at, 'responses'], (response, responsePath) => this.response(response, responsePath));
    }
  }

  parameters(list: unknown, path: Path): void {
    if (!Array.isArray(list)) return;
    list.forEach((parameter, index) => {
      if (isJsonObject(parameter)) this.parameter(parameter, [...path, index]);
    });
  }

  parameter(parameter: JsonObject, path: Path): void {
    if (typeof parameter.$ref === 'string') return;
    this.visitors.parameter?.({ parameter, path });
    if (isJsonObject(parameter.schema)) this.schema(parameter.schema, [...path, 'schema']);
    // Swagger 2.0: a non-body parameter is its own schema.
    else if (typeof parameter.type === 'string') this.schema(parameter, path);
    this.content(parameter.content, [...path, 'content']);
  }

  header(header: JsonObject, path: Path): void {
    if (typeof header.$ref === 'string') return;
    if (isJsonObject(header.schema)) this.schema(header.schema, [...path, 'schema']);
    else if (typeof header.type === 'string') this.schema(header, path);
  }

  body(body: JsonObject, path: Path): void {
    if (typeof body.$ref === 'string') return;
    this.content(body.content, [...path, 'content']);
  }

  response(response: JsonObject, path: Path): void {
    if (typeof response.$ref === 'string') return;
    this.content(response.content, [...path, 'content']);
    if (isJsonObject(response.schema)) this.schema(response.schema, [...path, 'schema']);
    eachMember(response.headers, [...path, 'headers'], (header, headerPath) => this.header(header, headerPath));
  }

  content(content: unknown, path: Path): void {
    eachMember(content, path, (media, mediaPath) => {
      if (isJsonObject(media.schema)) this.schema(media.schema, [...mediaPath, 'schema']);
    });
  }

  schema(schema: JsonObject, path: Path): void {
    if (typeof schema.$ref === 'string' || this.seen.has(schema)) return;
    this.seen.add(schema);
    this.visitors.schema?.({ schema, path });
    for (const key of NESTED_MAPS) eachMember(schema[key], [...path, key], (nested, nestedPath) => this.schema(nested, nestedPath));
    for (const key of NESTED_LISTS) {
      const list = schema[key];
      if (!Array.isArray(list)) continue;
      list.forEach((nested, index) => {
        if (isJsonObject(nested)) this.schema(nested, [...path, key, index]);
      });
    }
    for (const key of NESTED_SINGLE) {
      const nested = schema[key];
      if (isJsonObject(nested)) this.schema(nested, [...path, key]);
      // Swagger 2.0 / draft-04 tuple `items`.
      else if (key === 'items' && Array.isArray(nested)) {
        nested.forEach((item, index) => {
          if (isJsonObject(item)) this.schema(item, [...path, key, index]);
        });
      }
    }
  }
}

function eachMember(map: unknown, path: Path, visit: (value: JsonObject, path: Path) => void): void {
  if (!isJsonObject(map)) return;
  for (const [key, value] of Object.entries(map)) if (isJsonObject(value)) visit(value, [...path, key]);
}
