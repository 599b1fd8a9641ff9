// analyze: `discriminator`: added, removed, its `propertyName` changed, `mapping` keys added,
// deleted or pointed elsewhere. All informational in oasdiff, in both directions.
import type { NodeComparison } from './node-comparison.js';
import { mapKeyword, stringKeyword } from './schema-object.js';

export function compareDiscriminator(comparison: NodeComparison): void {
  const base = mapKeyword(comparison.base, 'discriminator');
  const head = mapKeyword(comparison.head, 'discriminator');
  if (base === undefined && head === undefined) return;
  if (base === undefined) {
    comparison.aspect('discriminator-added', 'gained a `discriminator`');
    return;
  }
  if (head === undefined) {
    comparison.aspect('discriminator-removed', 'lost its `discriminator`', 'base');
    return;
  }
  const baseName = stringKeyword(base, 'propertyName');
  const headName = stringKeyword(head, 'propertyName');
  if (baseName !== headName) {
    comparison.aspect('discriminator-property-name-changed', `discriminator property changed from \`${baseName ?? ''}\` to \`${headName ?? ''}\``);
  }
  const baseMapping = mapKeyword(base, 'mapping') ?? {};
  const headMapping = mapKeyword(head, 'mapping') ?? {};
  const added = Object.keys(headMapping).filter((key) => !(key in baseMapping));
  const deleted = Object.keys(baseMapping).filter((key) => !(key in headMapping));
  const changed = Object.keys(baseMapping).filter((key) => key in headMapping && baseMapping[key] !== headMapping[key]);
  if (added.length > 0) comparison.aspect('discriminator-mapping-added', `discriminator mapping gained ${names(added)}`);
  if (deleted.length > 0) comparison.aspect('discriminator-mapping-deleted', `discriminator mapping lost ${names(deleted)}`, 'base');
  if (changed.length > 0) comparison.aspect('discriminator-mapping-changed', `discriminator mapping changed for ${names(changed)}`);
}

function names(keys: readonly string[]): string {
  return keys.map((key) => `\`${key}\``).join(', ');
}
