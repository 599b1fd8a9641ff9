// `/api-review plan`: the migration plan for API consumers of the current head, posted on its own
// (the review comment shows it among everything else). It makes a whole review, so it is the
// author's or a writer's to ask for, like `run`.
import { renderTemplate } from '../render/handlebars-env.js';
import { modelWordedPlan } from '../render/prose-view.js';
import { defineCommand } from './define-command.js';
import { refusal } from './refusal.js';

export const plan = defineCommand({
  name: 'plan',
  usage: '/api-review plan',
  summary: 'Post the migration plan for API consumers of the current head.',
  permission: 'author',
  run: async ({ deps }) => {
    // The review is made again rather than read back: the check data holds no plan.
    const review = await deps.reviewForPlan();
    if (review === undefined) return { ...refusal('no-plan'), reaction: 'confused' };
    const prose = deps.lastProse?.();
    const modelSteps = prose?.status === 'model' ? prose.migrationPlan : [];
    const specs = review.specs.map((spec) => ({
      spec: spec.spec,
      migrationPlan: modelWordedPlan(spec.spec, spec.migrationPlan, modelSteps) ?? spec.migrationPlan,
    }));
    const nothingToMigrate = specs.length > 0 && specs.every((spec) => spec.migrationPlan.length === 0);
    const note = prose?.status === 'fallback' ? prose.note : undefined;
    return { reply: renderTemplate('command-plan', { specs, nothingToMigrate, note }) };
  },
});
