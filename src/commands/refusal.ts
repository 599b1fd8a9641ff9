// trigger: the reply to a command that is not carried out, saying why (templates/command-refused.hbs).
import { renderTemplate } from '../render/handlebars-env.js';
import type { CommandOutcome } from './define-command.js';

export type RefusalReason =
  | 'permission'
  | 'missing-reason'
  | 'no-review'
  | 'nothing-to-accept'
  | 'not-acceptable'
  | 'unknown-rule'
  | 'missing-rule'
  | 'too-many'
  | 'repeated'
  | 'rate'
  | 'no-plan'
  | 'bad-until'
  | 'until-past'
  | 'too-long';

/** `view` fills the template's placeholders for that reason (user, command, usage, id, …). */
export function refusal(why: RefusalReason, view: Record<string, unknown> = {}): CommandOutcome {
  return { reply: renderTemplate('command-refused', { ...view, why }), reaction: '-1' };
}
