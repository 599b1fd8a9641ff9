// `/api-review run`: review the current head again (after a config change, or a lost webhook).
import { defineCommand } from './define-command.js';

export const run = defineCommand({
  name: 'run',
  usage: '/api-review run',
  summary: 'Review the head commit again.',
  permission: 'none',
  run: async () => ({ rerun: true }),
});
