// `/api-review explain <rule-id>`: a breaking-change check or a lint rule — what it finds, why it
// matters, how to fix or migrate. The same text as `api-review explain`.
import { explainCheck } from '../diff/explain-check.js';
import { explainRule } from '../lint/index.js';
import { defineCommand } from './define-command.js';
import { refusal } from './refusal.js';

const usage = '/api-review explain <rule-id>';

export const explain = defineCommand({
  name: 'explain',
  usage,
  summary: 'Explain a breaking-change check or a lint rule, and how to fix or migrate.',
  permission: 'none',
  run: async ({ deps }, args) => {
    // People paste the id as it appears in the review, often inside backticks.
    const id = args.replace(/`/g, '').trim().split(/\s+/)[0] ?? '';
    if (id === '') return refusal('missing-rule', { command: 'explain', usage });
    const check = explainCheck(id);
    if (check !== undefined) return { reply: check };
    const ruleset = await deps.loadRuleset();
    const rule = ruleset === undefined ? undefined : explainRule(id, ruleset);
    if (rule !== undefined) return { reply: rule };
    return { ...refusal('unknown-rule', { id }), reaction: 'confused' };
  },
});
