// `/api-review revoke`: withdraw every acceptance given so far (by comment or by label). The reply
// carries the record later reviews honour; acceptances written after it count again.
import { renderTemplate } from '../render/handlebars-env.js';
import { formatCommandMarker } from './command-marker.js';
import { defineCommand } from './define-command.js';

export const revoke = defineCommand({
  name: 'revoke',
  usage: '/api-review revoke',
  summary: 'Withdraw the acceptances of breaking changes on this pull request.',
  permission: 'write',
  run: async ({ deps }) => {
    const data = await deps.currentCheckData();
    const user = deps.comment.user.login;
    const marker = formatCommandMarker({ kind: 'revoke', comment: deps.comment.id, user }, deps.markerKey);
    return {
      reply: renderTemplate('command-revoked', { user, count: data?.acceptances.length ?? 0, label: deps.config.accept.label, marker }),
      rerun: true,
    };
  },
});
