// assess: a consumer-facing migration plan, written from the migration hints of the detected
// changes, grouped by operation; operations with a breaking step come first, then by name.
import { findCheck } from '../diff/catalog.js';
import { findFormatCheck } from '../formats/format-catalog.js';
import type { Change } from '../diff/change.js';
import { fillMigrationHint } from '../diff/migration-hint.js';
import { editKey } from './edit-key.js';
import type { OperationFacts } from './operation-facts.js';
import { isOperationRemoval, removalAdvice } from './removal-step.js';
import { RENAME_IDS, renamedFrom, renameStep } from './rename-step.js';
import { schemaElementName } from './schema-element-name.js';
import type { MigrationStep } from './review.js';

const levelOrder = { error: 0, warning: 1, info: 2 } as const;

/** An edit reaching this many operations becomes one step for all of them, not one per operation. */
const widespreadAt = 3;

/**
 * `removedOperations` are the base's facts about operations the head removed: with them a removal
 * says what to move to, or that none is named; without them it keeps the catalog's general advice.
 */
export function buildMigrationPlan(changes: Change[], removedOperations: readonly OperationFacts[] = []): MigrationStep[] {
  const removed = new Map(removedOperations.map((facts) => [facts.operation, facts]));
  const relevant = changes
    .filter((change) => change.level !== 'info')
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  const byOperation = new Map<string, MigrationStep>();
  const rank = new Map<string, number>();
  const add = (operation: string, change: Change, text: string): void => {
    const step = byOperation.get(operation) ?? { operation, steps: [] };
    if (!step.steps.some((existing) => existing.text === text)) step.steps.push({ rule: change.id, text });
    byOperation.set(operation, step);
    rank.set(operation, Math.min(rank.get(operation) ?? levelOrder.info, levelOrder[change.level]));
  };
  for (const edit of groupByEdit(relevant)) {
    const operations = [...new Set(edit.map((change) => change.operation ?? 'Whole API'))];
    const first = edit[0] as Change;
    if (operations.length >= widespreadAt) {
      add(`${operations[0]} (+${operations.length - 1} more operations)`, first, migrationText(first, 'each of these operations'));
      continue;
    }
    for (const change of edit) add(change.operation ?? 'Whole API', change, migrationText(change, change.operation, removed));
  }
  const rankOf = (step: MigrationStep): number => rank.get(step.operation) ?? levelOrder.info;
  return [...byOperation.values()].sort((a, b) => rankOf(a) - rankOf(b) || a.operation.localeCompare(b.operation));
}

/** Changes that come from one place in the spec (same check, file and line), in first-seen order. */
function groupByEdit(changes: Change[]): Change[][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = editKey(change.id, change.source);
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups.values()];
}

function migrationText(change: Change, operation: string | null, removed: ReadonlyMap<string, OperationFacts> = new Map()): string {
  const removedFacts = operation !== null && isOperationRemoval(change.id) ? removed.get(operation) : undefined;
  if (operation !== null && removedFacts) return `${sentenceOf(change.message)} ${removalAdvice(operation, removedFacts)}`;
  const hint = (findCheck(change.id) ?? findFormatCheck(change.id))?.migration;
  const element = elementOf(change);
  const message = element ? `${element.label}${change.message.slice(element.prefixLength)}` : change.message;
  if (!hint) return message;
  // The hint names the element as the message does (`request property \`total\``), so "send it as
  // it" never happens; a message without that shape has named the element already, so `it` reads.
  const filled = fillMigrationHint(hint, { operation: operation ?? 'the API', name: element?.label ?? 'it' });
  const oldProperty = RENAME_IDS.has(change.id) ? renamedFrom(change.message) : undefined;
  if (element && oldProperty) return renameStep(element.kind, element.name, oldProperty, filled);
  return `${sentenceOf(message)} ${filled}`;
}

function sentenceOf(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

interface Element {
  /** `response property`, `query parameter`, … */
  kind: string;
  /** `Order.total` where a component schema holds it, else the route the message gives. */
  name: string;
  /** The element as the plan prints it: `response property \`Order.total\``. */
  label: string;
  /** How much of the message named the element. */
  prefixLength: number;
}

/** Schema and parameter messages open with their element: `response property \`total\`: …`. */
function elementOf(change: Change): Element | undefined {
  const match = /^((?:request|response|query|path|header|cookie)\b[^:`]*?) `([^`]+)`((?: property `[^`]+`)?)(?=: )/.exec(change.message);
  if (!match) return undefined;
  const [whole, kind = '', route = '', nested = ''] = match;
  // A parameter's own schema property (`query parameter \`filter\` property \`x\``) keeps the message's words.
  const name = (nested === '' ? schemaElementName(change.path) : undefined) ?? route;
  return { kind, name, label: `${kind} \`${name}\`${nested}`, prefixLength: whole.length };
}
