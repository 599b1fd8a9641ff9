// llm: model output made inert before it reaches a comment. Whatever the model was talked into
// writing, it renders as one line of plain text: no HTML, images, links, bare URLs, e-mail
// addresses, @-mentions, issue references or Markdown block syntax that could restyle the comment.

export function plainText(value: string, maxChars: number): string {
  const text = [stripLineMarkers, stripHtml, stripImagesAndLinks, stripAddresses, stripMentions, neutralizeReferences, stripInlineMarkup].reduce(
    (current, step) => step(current),
    value,
  );
  return clip(stripBlockMarkers(text.replace(/\s+/g, ' ').trim()), maxChars);
}

/** Tags are removed until none is left (`<scr<b>ipt>` must not become `<script>`); a lone `<` stays visible but inert. */
function stripHtml(text: string): string {
  let current = text;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<[/!?]?[A-Za-z][^<>]*>/g, ' ');
  }
  return current.replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, ' ').replace(/</g, '‹').replace(/>/g, '›');
}

function stripImagesAndLinks(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)?/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)?/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ');
}

function stripAddresses(text: string): string {
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '(link removed)')
    .replace(/\b(?:www\.|mailto:|javascript:|data:)\S*/gi, '(link removed)')
    .replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/gi, '(link removed)')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '(address removed)');
}

function stripMentions(text: string): string {
  return text.replace(/@/g, '');
}

/** GitHub links `#12`, `GH-12` and `owner/repo#12` and backlinks the target: a zero-width space breaks that. */
function neutralizeReferences(text: string): string {
  return text.replace(/#(?=\d)/g, '#\u200b').replace(/\b(GH)-(?=\d)/gi, '$1-\u200b');
}

/** Code spans, table cells, escapes and bracket syntax are the ways left to restyle a list item. */
function stripInlineMarkup(text: string): string {
  return text.replace(/`/g, "'").replace(/[|\\[\]]/g, ' ');
}

/** Headings, quotes and list markers of a multi-line answer, before its lines are joined. */
function stripLineMarkers(text: string): string {
  return text.replace(/^[ \t]*(?:(?:#{1,6}|>|[-+*]|\d+[.)])[ \t]+)+/gm, '');
}

/** The text is shown after `- `: a leading `#`, `>`, `-` or `1.` would turn it into a heading, quote or list. */
function stripBlockMarkers(text: string): string {
  return text.replace(/^(?:(?:#{1,6}|>|[-+*]|\d+[.)]|=+)(?:\s+|$))+/, '');
}

function clip(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1).trimEnd()}…`;
}
