// analyze: typed reads of one (already resolved) schema object. Schemas arrive as parsed JSON,
// so every keyword is checked for its shape before use; a malformed keyword reads as absent.

export type SchemaObject = Readonly<Record<string, unknown>>;

export function asSchema(value: unknown): SchemaObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SchemaObject) : undefined;
}

/** The `type` keyword as a list (3.1 arrays or a 3.0 string), `"null"` included. */
export function rawTypes(schema: SchemaObject): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  return [];
}

/** The declared types without `"null"`: nullability is judged on its own axis. */
export function valueTypes(schema: SchemaObject): string[] {
  return rawTypes(schema).filter((type) => type !== 'null');
}

export function hasTypeKeyword(schema: SchemaObject): boolean {
  return rawTypes(schema).length > 0;
}

export function stringKeyword(schema: SchemaObject, key: string): string | undefined {
  const value = schema[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberKeyword(schema: SchemaObject, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function flag(schema: SchemaObject, key: string): boolean {
  return schema[key] === true;
}

export function listKeyword(schema: SchemaObject, key: string): readonly unknown[] | undefined {
  const value = schema[key];
  return Array.isArray(value) ? value : undefined;
}

export function mapKeyword(schema: SchemaObject, key: string): SchemaObject | undefined {
  return asSchema(schema[key]);
}

export function stringList(schema: SchemaObject, key: string): string[] {
  return (listKeyword(schema, key) ?? []).filter((entry): entry is string => typeof entry === 'string');
}

export function has(schema: SchemaObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(schema, key);
}
