// Test fixtures for the schema family tables: tiny schemas, wrapped as a property `p` of an object
// body so each row reads as "this property changed like so".
export const str = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'string', ...extra });
export const obj = (properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
});
/** An object body whose only property `p` is the given schema. */
export const prop = (schema: Record<string, unknown>, required = false): Record<string, unknown> =>
  obj({ p: schema }, required ? ['p'] : []);
