// analyze: one check of the catalog as Markdown, for `api-review explain <id>` and the
// `/api-review explain` slash command.
import { findFormatCheck } from '../formats/format-catalog.js';
import { findCheck } from './catalog.js';
import { fillMigrationHint } from './migration-hint.js';
import type { CheckMeta } from './check.js';

const levelNames: Record<CheckMeta['level'], string> = {
  error: 'error (breaking)',
  warning: 'warning (possibly breaking)',
  info: 'info (not breaking)',
};

export function explainCheck(id: string): string | undefined {
  const check = findCheck(id.trim()) ?? findFormatCheck(id.trim());
  return check === undefined ? undefined : formatCheck(check);
}

export function formatCheck(check: CheckMeta): string {
  return [
    `### \`${check.id}\``,
    '',
    check.description,
    '',
    `- **Level:** ${levelNames[check.level]} (a repository can change it under \`breaking.levels\`)`,
    `- **Family:** ${check.family}`,
    `- **Origin:** ${check.ours === true ? "this project's own check; oasdiff does not report it" : "oasdiff's check id"}`,
    `- **Direction:** ${check.direction === 'none' ? 'neither (endpoint, security or document level)' : check.direction}`,
    // No change in particular: the placeholders read as the kind of thing they stand for.
    `- **What clients do:** ${fillMigrationHint(check.migration, { operation: 'the operation', name: 'the changed element' })}`,
    '',
  ].join('\n');
}
