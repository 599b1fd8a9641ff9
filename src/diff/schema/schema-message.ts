// analyze: the sentence a human reads for one schema change, naming the element by where it
// sits: `request property \`items/name\``, `query parameter \`limit\``, `response body`.
import type { SchemaSite } from './schema-site.js';

export function schemaMessage(site: SchemaSite, path: readonly string[], detail: string): string {
  return `${elementName(site, path.join('/'))}: ${detail}`;
}

function elementName(site: SchemaSite, path: string): string {
  const property = path === '' ? '' : ` property \`${path}\``;
  switch (site.subject) {
    case 'body': {
      const mediaType = site.mediaType === undefined ? '' : ` (${site.mediaType})`;
      return path === '' ? `${site.direction} body${mediaType}` : `${site.direction}${property}`;
    }
    case 'parameter':
      return `${site.in ?? 'request'} parameter \`${site.name ?? ''}\`${property}`;
    case 'header':
      return `response header \`${site.name ?? ''}\`${property}`;
  }
}
