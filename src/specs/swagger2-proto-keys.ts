// parse: Swagger 2.0 documents with `__proto__` keys through the 2.0 -> 3.0 converter.
// swagger2openapi copies objects by assignment, so a `__proto__` property vanishes and a
// definition of that name is mangled (the key is JavaScript's prototype setter). The converter
// gets a copy where such keys, and the `$ref` segments naming them, carry a stand-in name that
// appears nowhere in the text; its result gets the real name back, as an own member.
const PROTO = '__proto__';

/** Converts `document` with `convert`, keeping its `__proto__` keys. */
export async function convertKeepingProtoKeys<T>(document: unknown, text: string, convert: (copy: unknown) => Promise<T>): Promise<T> {
  if (!text.includes(PROTO)) return convert(JSON.parse(JSON.stringify(document)) as unknown);
  const standIn = unusedName(text);
  const converted = await convert(renamed(document, PROTO, standIn));
  return renamed(converted, standIn, PROTO) as T;
}

function unusedName(text: string): string {
  let name = 'apiReviewProtoKey';
  while (text.includes(name)) name = `${name}_`;
  return name;
}

/** A deep copy with every key `from` named `to`, and `$ref` segments likewise. */
function renamed(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renamed(item, from, to));
  if (value === null || typeof value !== 'object') return value;
  // Object.fromEntries defines each member: a key named `__proto__` stays a plain member.
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key === from ? to : key,
      key === '$ref' && typeof member === 'string' ? renamedRef(member, from, to) : renamed(member, from, to),
    ]),
  );
}

function renamedRef(ref: string, from: string, to: string): string {
  const hash = ref.indexOf('#');
  if (hash === -1) return ref;
  const pointer = ref.slice(hash + 1).split('/').map((segment) => (segment === from ? to : segment));
  return `${ref.slice(0, hash + 1)}${pointer.join('/')}`;
}
