// analyze: a check's migration hint with its placeholders filled. The catalog writes hints with
// `{{operation}}` and `{{name}}`; the review fills them for one change, `explain` for no change
// in particular, and neither may show a raw `{{…}}` to people.

/** What a hint is filled with: the operation, and how to name the changed element. */
export interface HintSlots {
  operation: string;
  /** Replaces `{{name}}` with its backticks: the message before a review's hint names it exactly. */
  name: string;
}

export function fillMigrationHint(hint: string, slots: HintSlots): string {
  return hint
    // "{{operation}} responses" reads "GET /a responses" or "these operations responses".
    .replace(/\{\{\s*operation\s*\}\} responses\b/g, 'the responses of {{operation}}')
    .replace(/\{\{\s*operation\s*\}\}/g, slots.operation)
    .replace(/\s*\(\{\{\s*\w+\s*\}\}\)/g, '')
    .replace(/`?\{\{\s*name\s*\}\}`?/g, slots.name)
    .replace(/\{\{\s*\w+\s*\}\}/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
