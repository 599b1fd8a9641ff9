// render: untrusted text (spec descriptions, messages, reasons) made safe to drop into Markdown:
// no HTML, no @-mentions that would notify people, no line breaks that would break a list item.

const mention = /(^|[^\w`])@([A-Za-z0-9][\w-]*)/g;

export function markdownText(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n+/g, ' ')
    .replace(mention, '$1@\u200b$2');
}

/** Text for inside a code span: backticks cannot be escaped there, so they are replaced. */
export function codeText(value: unknown): string {
  return String(value ?? '').replace(/`/g, "'").replace(/\r?\n+/g, ' ');
}
