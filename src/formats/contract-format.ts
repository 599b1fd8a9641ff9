// parse: which kind of contract a file is — OpenAPI, AsyncAPI, GraphQL SDL or Protobuf — decided
// from its content (the extension only breaks ties), so `api-review diff a b` needs no flag and a
// `schema.txt` holding SDL is still recognised.

export type ContractFormat = 'openapi' | 'asyncapi' | 'graphql' | 'protobuf';

export const contractFormats: readonly ContractFormat[] = ['openapi', 'asyncapi', 'graphql', 'protobuf'];

/** The name a reader knows each format by, for headings and tables. */
export const contractFormatNames: Readonly<Record<ContractFormat, string>> = {
  openapi: 'OpenAPI',
  asyncapi: 'AsyncAPI',
  graphql: 'GraphQL',
  protobuf: 'Protobuf',
};

/** Only the start of a file is looked at: detection must stay cheap on a 50 MB description. */
const sniffLength = 8192;

const asyncApiRoot = /(^|[{,]\s*)["']?asyncapi["']?\s*:\s*["']?[23]\./m;
const openApiRoot = /(^|[{,]\s*)["']?(openapi|swagger)["']?\s*:/m;
const protobufMarkers = /^\s*(syntax\s*=\s*["']proto[23]["']|edition\s*=\s*["']\d+["']|package\s+[\w.]+\s*;|import\s+(public\s+|weak\s+)?["'][^"']+\.proto["']\s*;|message\s+\w+\s*\{|service\s+\w+\s*\{)/m;
const graphqlMarkers = /^\s*(extend\s+)?(type|input|interface|union|enum|scalar|schema|directive)\b[^\n]*([{=@]|$)/m;

/**
 * The format of a contract file, or `undefined` when it is none of the four. YAML and JSON are
 * AsyncAPI or OpenAPI by their root key; other text is Protobuf or GraphQL by its declarations.
 */
export function detectContractFormat(path: string, text: string): ContractFormat | undefined {
  const head = stripBom(text.slice(0, sniffLength));
  if (asyncApiRoot.test(head)) return 'asyncapi';
  if (openApiRoot.test(head)) return 'openapi';
  if (/\.proto$/i.test(path) && protobufMarkers.test(withoutComments(head, 'protobuf'))) return 'protobuf';
  if (/\.(graphqls?|gql)$/i.test(path) && graphqlMarkers.test(withoutComments(head, 'graphql'))) return 'graphql';
  if (/\.(ya?ml|json)$/i.test(path)) return undefined;
  const protobuf = withoutComments(head, 'protobuf');
  if (/^\s*syntax\s*=\s*["']proto[23]["']\s*;/m.test(protobuf) || /^\s*message\s+\w+\s*\{/m.test(protobuf)) return 'protobuf';
  if (graphqlMarkers.test(withoutComments(head, 'graphql'))) return 'graphql';
  return undefined;
}

/** The formats the review reaches through `$ref`-style YAML/JSON loading (the others have their own loaders). */
export function isStructuredFormat(format: ContractFormat): boolean {
  return format === 'openapi' || format === 'asyncapi';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Comments are removed so that `# type Foo {` or `// message X {` never decides a format. */
function withoutComments(text: string, format: 'protobuf' | 'graphql'): string {
  if (format === 'graphql') return text.replace(/#[^\n]*/g, '').replace(/"""[\s\S]*?"""/g, '');
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}
