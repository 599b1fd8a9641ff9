// `/api-review accept-breaking <reason>`: accept the breaking changes present right now — exactly
// those, by fingerprint, so a later push that adds another one fails the check again. The reply
// carries the record every later review re-derives the acceptance from (derive-acceptances.ts).
import { renderTemplate } from '../render/handlebars-env.js';
import { formatCommandMarker } from './command-marker.js';
import { defineCommand } from './define-command.js';
import { refusal } from './refusal.js';

const usage = '/api-review accept-breaking <reason>';

export const acceptBreaking = defineCommand({
  name: 'accept-breaking',
  usage,
  summary: 'Accept the current breaking changes, with a reason.',
  permission: 'write',
  run: async ({ deps }, args) => {
    const reason = args.trim();
    if (reason === '') return refusal('missing-reason', { command: 'accept-breaking', usage });
    const data = await deps.currentCheckData();
    if (data === undefined) return refusal('no-review');
    if (data.unacceptedFingerprints.length === 0) return { ...refusal('nothing-to-accept'), reaction: undefined };
    // Only breaking changes can be accepted (assess-review.ts); other blockers count apart.
    const openBreaking = data.breakingChanges - data.acceptedBlockers;
    if (openBreaking <= 0) return refusal('not-acceptable');
    const user = deps.comment.user.login;
    const marker = formatCommandMarker({
      kind: 'accept',
      comment: deps.comment.id,
      user,
      reason,
      fingerprints: data.unacceptedFingerprints,
    }, deps.markerKey);
    return { reply: renderTemplate('command-accepted', { user, reason, count: openBreaking, marker }), rerun: true };
  },
});
