// `/api-review run`: review the current head again (after a config change, or a lost webhook).
// A whole review is costly, so only the pull request's author or a writer may ask for one.
import { defineCommand } from './define-command.js';

export const run = defineCommand({
  name: 'run',
  usage: '/api-review run',
  summary: 'Review the head commit again.',
  permission: 'author',
  run: async () => ({ rerun: true }),
});
