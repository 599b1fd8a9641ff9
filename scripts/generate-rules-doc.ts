// Writes docs/rules.md from the check catalog: `npx tsx scripts/generate-rules-doc.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../src/diff/rules-doc.js';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);
