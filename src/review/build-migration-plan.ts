// assess: a consumer-facing migration plan, written from the migration hints of the detected
// changes, grouped by operation, breaking steps first.
import { findCheck } from '../diff/catalog.js';
import type { Change } from '../diff/change.js';
import type { MigrationStep } from './review.js';

const levelOrder = { error: 0, warning: 1, info: 2 } as const;

export function buildMigrationPlan(changes: Change[]): MigrationStep[] {
  const relevant = changes
    .filter((change) => change.level !== 'info')
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  const byOperation = new Map<string, MigrationStep>();
  for (const change of relevant) {
    const operation = change.operation ?? 'Whole API';
    const step = byOperation.get(operation) ?? { operation, steps: [] };
    const text = migrationText(change);
    if (!step.steps.some((existing) => existing.text === text)) step.steps.push({ rule: change.id, text });
    byOperation.set(operation, step);
  }
  return [...byOperation.values()].sort((a, b) => a.operation.localeCompare(b.operation));
}

function migrationText(change: Change): string {
  const hint = findCheck(change.id)?.migration;
  if (!hint) return change.message;
  const sentence = /[.!?]$/.test(change.message) ? change.message : `${change.message}.`;
  return `${sentence} ${fillHint(hint, change.operation)}`;
}

// Hints name the element generically: the message before them already names it exactly.
function fillHint(hint: string, operation: string | null): string {
  return hint
    .replace(/\{\{\s*operation\s*\}\}/g, operation ?? 'the API')
    .replace(/\s*\(\{\{\s*\w+\s*\}\}\)/g, '')
    .replace(/`?\{\{\s*name\s*\}\}`?/g, 'it')
    .replace(/\{\{\s*\w+\s*\}\}/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
