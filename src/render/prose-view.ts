// render: model prose laid over the review view. The model's migration steps replace the
// deterministic wording only for the changes they are tied to; every other step stays, so a
// model that skips a change never hides it. Verdict, counts and items are not touched.
import type { ProsePlanStep, ReviewProse } from '../llm/review-prose.js';
import type { MigrationStep } from '../review/review.js';
import type { ReviewView, SpecView } from './review-view.js';

type PlanGroup = MigrationStep;

export interface ProseSectionsView {
  designNotes: { operation: string; text: string }[];
  changelog: string[];
  /** The one line about a fallback or dropped steps. */
  note?: string;
}

export interface ReviewViewWithProse extends ReviewView {
  specs: (SpecView & { planByModel: boolean })[];
  prose?: ProseSectionsView;
}

export function withProse(view: ReviewView, prose: ReviewProse | undefined, itemsPerSection: number): ReviewViewWithProse {
  if (!prose || prose.status === 'off') return { ...view, specs: view.specs.map((spec) => ({ ...spec, planByModel: false })) };
  if (prose.status === 'fallback') return { ...view, specs: view.specs.map((spec) => ({ ...spec, planByModel: false })), prose: { designNotes: [], changelog: [], note: prose.note } };
  return {
    ...view,
    specs: view.specs.map((spec) => withModelPlan(spec, prose.migrationPlan, itemsPerSection)),
    prose: {
      designNotes: prose.designNotes.slice(0, itemsPerSection),
      changelog: prose.changelog.slice(0, itemsPerSection),
      ...(prose.droppedSteps > 0 ? { note: droppedNote(prose.droppedSteps) } : {}),
    },
  };
}

function withModelPlan(spec: SpecView, steps: ProsePlanStep[], itemsPerSection: number): SpecView & { planByModel: boolean } {
  const plan = modelWordedPlan(spec.spec, spec.migrationPlan, steps);
  return plan ? { ...spec, migrationPlan: plan.slice(0, itemsPerSection), planByModel: true } : { ...spec, planByModel: false };
}

/**
 * One spec's migration plan with the model's wording for the changes it covered and the
 * deterministic steps for the rest; `undefined` when the model wrote no step for this spec.
 * (The `plan` command uses this too, over `SpecReview.migrationPlan`.)
 */
export function modelWordedPlan(spec: string, deterministic: readonly PlanGroup[], steps: readonly ProsePlanStep[]): PlanGroup[] | undefined {
  const own = steps.filter((step) => step.spec === spec);
  if (own.length === 0) return undefined;
  const groups = new Map<string, PlanGroup>();
  for (const step of own) groupFor(groups, step.operation).steps.push({ rule: step.changeId, text: step.text });
  for (const group of deterministic) {
    for (const step of group.steps) {
      const target = groupFor(groups, group.operation);
      if (!target.steps.some((existing) => existing.rule === step.rule)) target.steps.push(step);
    }
  }
  return [...groups.values()].sort((a, b) => a.operation.localeCompare(b.operation));
}

function groupFor(groups: Map<string, PlanGroup>, operation: string): PlanGroup {
  const group = groups.get(operation) ?? { operation, steps: [] };
  groups.set(operation, group);
  return group;
}

function droppedNote(count: number): string {
  return `${count} model-written migration ${count === 1 ? 'step was' : 'steps were'} dropped because ${count === 1 ? 'it named' : 'they named'} no detected change.`;
}
