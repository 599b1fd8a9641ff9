// `/api-review accept-breaking <reason>`: accept the breaking changes present right now — exactly
// those, by fingerprint, so a later push that adds another one fails the check again. The reply
// carries the record every later review re-derives the acceptance from (derive-acceptances.ts).
// `--until` ends it on a day (acceptance-term.ts); past that day it no longer counts.
import { renderTemplate } from '../render/handlebars-env.js';
import { parseAcceptArgs, resolveAcceptanceTerm } from './acceptance-term.js';
import { formatCommandMarker } from './command-marker.js';
import { defineCommand } from './define-command.js';
import { refusal } from './refusal.js';

const usage = '/api-review accept-breaking [--until YYYY-MM-DD|Nd] <reason>';

export const acceptBreaking = defineCommand({
  name: 'accept-breaking',
  usage,
  summary: 'Accept the current breaking changes, with a reason, optionally until a date.',
  permission: 'write',
  run: async ({ deps }, args) => {
    const { reason, until: requested } = parseAcceptArgs(args);
    if (reason === '') return refusal('missing-reason', { command: 'accept-breaking', usage });
    const term = resolveAcceptanceTerm(requested, deps.now(), deps.config.accept.max_days);
    if (!term.ok) return refusal(term.why, { until: requested, maxDays: term.maxDays, usage });
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
      ...(term.until === undefined ? {} : { until: term.until }),
    }, deps.markerKey);
    return { reply: renderTemplate('command-accepted', { user, reason, until: term.until, count: openBreaking, marker }), rerun: true };
  },
});
