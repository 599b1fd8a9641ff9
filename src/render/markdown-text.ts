// render: untrusted text (spec descriptions, paths, file names, enum values, messages, reasons)
// made inert before it is dropped into Markdown that GitHub renders. Everything in a pull request
// is hostile input: without this, a description could add a tracking image, notify a team, fake a
// "## ✅" heading, open an HTML comment that hides the rest of the review, or hide a record the
// App would read back. The one function every template uses by default (handlebars-env.ts).

/** C0/C1 controls and the bidirectional overrides that make text read differently than it is. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invisibles = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const lineBreaks = /[ \t]*(?:\r\n?|[\n\u2028\u2029])\s*/g;
/** Inline Markdown: escapes, code spans, emphasis, strikethrough, links and images, table cells. */
const inlineMarkup = /[\\`*~[\]|]/g;
/**
 * An underscore opens or closes emphasis only at a word's edge: one between two letters or digits
 * (`snake_case`, `limits.seconds_per_review`) is literal in GitHub's Markdown and stays as written,
 * so names read, and can be searched for, as they are in the spec.
 */
const edgeUnderscore = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** What makes a line a heading, list item or setext underline when the value starts it (`>` is an entity by then). */
const blockMarker = /^(\s*)(#{1,6}(?=\s|$)|[-+=](?=[\s=+-]|$))/;
const orderedMarker = /^(\s*\d{1,9})([.)])(?=\s|$)/;
/** GitHub links `@user` and `@org/team` and notifies them; not `name@host` (a letter or digit before). */
const mention = /(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g;
/** GitHub links `#12`, `GH-12` and `owner/repo#12` and backlinks the target. */
const issueReference = /#(?=\d)|\b(GH-)(?=\d)/gi;

/**
 * One line of inline Markdown that shows `value` as written and does nothing else. Code spans in
 * it are kept (our messages put names in them, and nothing inside a code span is interpreted);
 * everything outside them is escaped. Spans are paired as CommonMark pairs them, so an escaped or
 * unmatched backtick can never make escaped text look like code, or code look like text.
 */
export function markdownText(value: unknown): string {
  return splitCodeSpans(textOf(value))
    .map((part, index) => (part.code ? inertCode(part.text) : escapeInline(part.text, index === 0)))
    .join('');
}

/**
 * Nothing inside a code span is interpreted by GitHub, but the raw text still travels: e-mail
 * notifications, API readers, tools that re-render it. Tags become look-alike angle quotes and
 * mentions and issue references are broken there too, so the text is inert everywhere.
 */
function inertCode(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›').replace(mention, '$1@\u200b').replace(issueReference, breakReference);
}

function breakReference(match: string, gh: string | undefined): string {
  return `${gh ?? match}\u200b`;
}

function escapeInline(text: string, atLineStart: boolean): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(inlineMarkup, '\\$&')
    .replace(edgeUnderscore, '\\_');
  return (atLineStart ? escaped.replace(blockMarker, '$1\\$2').replace(orderedMarker, '$1\\$2') : escaped)
    .replace(mention, '$1@\u200b')
    .replace(issueReference, breakReference);
}

const backtickRun = /`+/y;

interface TextPart {
  code: boolean;
  text: string;
}

/**
 * Text and code spans, left to right: a run of N backticks opens a span closed by the next run of
 * exactly N; a backslash makes the next character literal outside spans. Openers only move right,
 * so each length's cursor does too: a value full of backticks costs linear time.
 */
function splitCodeSpans(text: string): TextPart[] {
  const runs = new Map<number, number[]>();
  for (const match of text.matchAll(/`+/g)) {
    const positions = runs.get(match[0].length) ?? [];
    positions.push(match.index);
    runs.set(match[0].length, positions);
  }
  const cursors = new Map<number, number>();
  const parts: TextPart[] = [];
  let plain = '';
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (char === '\\') {
      plain += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char !== '`') {
      plain += char;
      index += 1;
      continue;
    }
    backtickRun.lastIndex = index;
    const run = backtickRun.exec(text)?.[0].length ?? 1;
    const positions = runs.get(run) ?? [];
    let cursor = cursors.get(run) ?? 0;
    while (cursor < positions.length && (positions[cursor] ?? 0) <= index) cursor += 1;
    cursors.set(run, cursor);
    const close = positions[cursor];
    if (close === undefined) {
      plain += text.slice(index, index + run);
      index += run;
      continue;
    }
    parts.push({ code: false, text: plain }, { code: true, text: text.slice(index, close + run) });
    plain = '';
    index = close + run;
  }
  parts.push({ code: false, text: plain });
  return parts;
}

/**
 * Text for inside a code span, where nothing is interpreted but a backtick, which cannot be
 * escaped there: it is replaced (and the text made inert, see `inertCode`). In a table cell a `|` still splits the cell, so `cell` escapes it
 * (GitHub's table parser removes that backslash before the code span is read).
 */
export function codeText(value: unknown, options: { cell?: boolean } = {}): string {
  const text = inertCode(textOf(value).replace(/`/g, "'"));
  return options.cell ? text.replace(/\|/g, '\\|') : text;
}

/** A code span around `value`, padded as CommonMark strips one space on each side. */
export function codeSpan(value: unknown, options: { cell?: boolean } = {}): string {
  const text = codeText(value, options);
  return /^ | $/.test(text) ? `\` ${text} \`` : `\`${text}\``;
}

/**
 * A link destination: only http(s) URLs, with every character that could end the destination or
 * start markup percent-encoded. Anything else becomes `#`, a link to nowhere.
 */
export function urlText(value: unknown): string {
  const text = textOf(value).trim();
  if (!/^https?:\/\//i.test(text)) return '#';
  return text.replace(/[\s()<>[\]`"'\\|{}^]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * One line of plain text, for the places GitHub shows as written (check-run titles and annotation
 * messages): controls and line breaks go; tags become look-alike angle quotes and mentions are
 * broken, so no view or tool that renders the text as Markdown or HTML can act on them.
 */
export function plainLine(value: unknown): string {
  return textOf(value).replace(/</g, '‹').replace(/>/g, '›').replace(mention, '$1@\u200b');
}

function textOf(value: unknown): string {
  return String(value ?? '').replace(invisibles, '').replace(lineBreaks, ' ');
}
