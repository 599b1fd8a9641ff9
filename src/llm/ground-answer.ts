// llm: the model's answer tied back to the review. A migration step survives only when it names
// a change the diff engine detected (operation and change id together); design notes only when
// they are about an operation the pull request changed. Everything kept is made plain text.
import type { Review } from '../review/review.js';
import { plainText } from './plain-text.js';
import type { ProseAnswer } from './prose-answer.js';
import { wholeApi, type DesignNote, type ProseFromModel, type ProsePlanStep } from './review-prose.js';

export const proseCaps = {
  planSteps: 60,
  stepChars: 500,
  designNotes: 8,
  noteChars: 600,
  changelogLines: 10,
  changelogChars: 240,
} as const;

export function groundAnswer(review: Review, answer: ProseAnswer, model: string): ProseFromModel {
  const plan = groundPlan(review, answer.migration_plan);
  return {
    status: 'model',
    model,
    migrationPlan: plan.kept,
    designNotes: groundNotes(review, answer.design_notes),
    changelog: answer.changelog
      .map((line) => plainText(line, proseCaps.changelogChars))
      .filter((line) => line !== '')
      .slice(0, proseCaps.changelogLines),
    droppedSteps: plan.dropped,
  };
}

function groundPlan(review: Review, steps: ProseAnswer['migration_plan']): { kept: ProsePlanStep[]; dropped: number } {
  const kept: ProsePlanStep[] = [];
  let dropped = 0;
  for (const step of steps) {
    const operation = step.operation.trim();
    const changeId = step.change_id.trim();
    const specs = specsWithChange(review, operation, changeId);
    const text = plainText(step.text, proseCaps.stepChars);
    if (specs.length === 0 || text === '') {
      dropped += 1;
      continue;
    }
    for (const spec of specs) kept.push({ spec, operation, changeId, text });
  }
  return { kept: kept.slice(0, proseCaps.planSteps), dropped: dropped + Math.max(0, kept.length - proseCaps.planSteps) };
}

/** The specs of the review in which a change with this id exists on this operation. */
function specsWithChange(review: Review, operation: string, changeId: string): string[] {
  return review.specs
    .filter((spec) => spec.changes.some((change) => change.id === changeId && (change.operation ?? wholeApi) === operation))
    .map((spec) => spec.spec);
}

function groundNotes(review: Review, notes: ProseAnswer['design_notes']): DesignNote[] {
  const changed = new Set(review.specs.flatMap((spec) => spec.changes.map((change) => change.operation ?? wholeApi)));
  return notes
    .filter((note) => changed.has(note.operation.trim()))
    .map((note) => ({ operation: note.operation.trim(), text: plainText(note.note, proseCaps.noteChars) }))
    .filter((note) => note.text !== '')
    .slice(0, proseCaps.designNotes);
}
