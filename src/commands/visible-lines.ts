// trigger: the source lines of a comment on which a slash command may start. Text a reader sees
// as code (fenced, indented by four columns, or in a `<pre>` block), as a quotation or not at all
// (an HTML comment) never runs a command: people quote and document commands all the time.

interface Span {
  start: number;
  end: number;
}

/** Lines in order, HTML comments blanked out; lines that begin inside code or a quote are left out. */
export function commandCandidateLines(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const text = blankBlocks(lines).join('\n');
  const { masked, codeSpans } = scanInline(text);
  const candidates: string[] = [];
  let offset = 0;
  let span = 0;
  // Spans are in order and do not overlap, and line starts only grow: one forward walk.
  for (const line of masked.split('\n')) {
    const start = offset + (line.length - line.trimStart().length);
    while ((codeSpans[span]?.end ?? Infinity) <= start) span += 1;
    const current = codeSpans[span];
    if (current === undefined || !(current.start < start)) candidates.push(line);
    offset += line.length + 1;
  }
  return candidates;
}

const preOpen = /<pre(?=[\s>]|$)/i;
const preClose = /<\/pre\s*>/i;

/**
 * Fenced code blocks (``` and ~~~, closed by a fence of the same kind at least as long), `<pre>`
 * blocks, indented code and quote lines become empty lines. An indented line is left out even where
 * Markdown would read it as a paragraph's continuation: the command then does not start a line.
 */
function blankBlocks(lines: readonly string[]): string[] {
  let fence: { char: string; length: number } | undefined;
  let inPre = false;
  return lines.map((line) => {
    const marker = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (marker?.[1]?.startsWith(fence.char) && marker[1].length >= fence.length && marker[2]?.trim() === '') fence = undefined;
      return '';
    }
    if (inPre) {
      inPre = !preClose.test(line);
      return '';
    }
    const open = preOpen.exec(line);
    if (open) {
      inPre = !preClose.test(line.slice(open.index));
      return '';
    }
    if (indentColumns(line) >= 4) return '';
    // A backtick fence's info string cannot hold a backtick (CommonMark); such a line is inline code.
    if (marker?.[1] && !(marker[1].startsWith('`') && marker[2]?.includes('`'))) {
      fence = { char: marker[1].charAt(0), length: marker[1].length };
      return '';
    }
    return /^\s*>/.test(line) ? '' : line;
  });
}

/** Columns of leading whitespace, a tab reaching the next multiple of four (CommonMark's tab stop). */
function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * One left-to-right pass, as Markdown reads inline text: whichever of an HTML comment or a code
 * span opens first wins. Comments are blanked (they are invisible, so they are not arguments
 * either); code spans are returned, since a span can run over several lines of a paragraph.
 */
const backtickRun = /`+/y;

function scanInline(text: string): { masked: string; codeSpans: Span[] } {
  const codeSpans: Span[] = [];
  const findSpanEnd = codeSpanFinder(text);
  let masked = '';
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      const end = close === -1 ? text.length : close + 3;
      masked += text.slice(index, end).replace(/[^\n]/g, ' ');
      index = end;
      continue;
    }
    const char = text.charAt(index);
    if (char === '\\') {
      masked += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === '`') {
      backtickRun.lastIndex = index;
      const run = backtickRun.exec(text)?.[0].length ?? 1;
      const end = findSpanEnd(index, run);
      if (end !== undefined) codeSpans.push({ start: index, end });
      const next = end ?? index + run;
      masked += text.slice(index, next);
      index = next;
      continue;
    }
    masked += char;
    index += 1;
  }
  return { masked, codeSpans };
}

/**
 * Where a code span opened by `run` backticks at `start` ends: at the next run of exactly as many,
 * within the paragraph. Openers come left to right, so cursors only move forward: a comment full
 * of backticks (untrusted input) costs linear time, not quadratic.
 */
function codeSpanFinder(text: string): (start: number, run: number) => number | undefined {
  const runsByLength = new Map<number, number[]>();
  for (const match of text.matchAll(/`+/g)) {
    const positions = runsByLength.get(match[0].length) ?? [];
    positions.push(match.index);
    runsByLength.set(match[0].length, positions);
  }
  const paragraphEnds = [...text.matchAll(/\n[ \t]*\n/g)].map((match) => match.index).concat(text.length);
  const cursors = new Map<number, number>();
  let paragraph = 0;
  return (start, run) => {
    while ((paragraphEnds[paragraph] ?? text.length) < start) paragraph += 1;
    const positions = runsByLength.get(run) ?? [];
    let cursor = cursors.get(run) ?? 0;
    while (cursor < positions.length && (positions[cursor] ?? 0) <= start) cursor += 1;
    cursors.set(run, cursor);
    const close = positions[cursor];
    return close !== undefined && close < (paragraphEnds[paragraph] ?? text.length) ? close + run : undefined;
  };
}
