// collect: a changed file's merge-base text rebuilt from its head text and the unified diff the
// compare API lists for it (`files[].patch`), so the merge-base version costs no blob call. Pure
// and strict: any line of the patch that does not match the head gives `undefined`, and the
// caller keeps the result only when it hashes to the blob SHA the merge-base tree names.

interface Hunk {
  /** 0-based index in the head where the hunk's head lines start. */
  headStart: number;
  baseLength: number;
  headLength: number;
  lines: string[];
}

const hunkHeader = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** The text before the patch, given the text after it; `undefined` when the two do not agree. */
export function reversePatch(headText: string, patch: string): string | undefined {
  const hunks = hunksOf(patch);
  if (!hunks) return undefined;
  const headEndsWithNewline = headText.endsWith('\n');
  const head = headText === '' ? [] : (headEndsWithNewline ? headText.slice(0, -1) : headText).split('\n');
  const base: string[] = [];
  let at = 0;
  let baseMissesNewline = false;
  let headMissesNewline = false;
  for (const hunk of hunks) {
    if (hunk.headStart < at || hunk.headStart > head.length) return undefined;
    base.push(...head.slice(at, hunk.headStart));
    at = hunk.headStart;
    let baseCount = 0;
    let headCount = 0;
    let previous = '';
    for (const line of hunk.lines) {
      const kind = line.charAt(0);
      const text = line.slice(1);
      if (kind === '\\') {
        // "\ No newline at end of file" speaks of the line before it.
        if (previous === ' ' || previous === '-') baseMissesNewline = true;
        if (previous === ' ' || previous === '+') headMissesNewline = true;
        continue;
      }
      if (kind === ' ' || kind === '+') {
        if (head[at] !== text) return undefined;
        at += 1;
        headCount += 1;
      }
      if (kind === ' ' || kind === '-') {
        base.push(text);
        baseCount += 1;
      }
      if (kind !== ' ' && kind !== '+' && kind !== '-') return undefined;
      previous = kind;
    }
    if (baseCount !== hunk.baseLength || headCount !== hunk.headLength) return undefined;
  }
  // A hunk reaching the head's end says whether the head ends with a newline: it must be right.
  if (at === head.length && head.length > 0 && headMissesNewline === headEndsWithNewline) return undefined;
  const tail = head.slice(at);
  base.push(...tail);
  // Unchanged lines end the file: it ends as the head does. Otherwise the patch said how it ends.
  const baseEndsWithNewline = tail.length > 0 ? headEndsWithNewline : !baseMissesNewline;
  return base.length === 0 ? '' : `${base.join('\n')}${baseEndsWithNewline ? '\n' : ''}`;
}

function hunksOf(patch: string): Hunk[] | undefined {
  const lines = patch.split('\n');
  // GitHub's patch text has no final newline; a diff tool's may.
  if (lines.at(-1) === '') lines.pop();
  const hunks: Hunk[] = [];
  for (const line of lines) {
    const header = hunkHeader.exec(line);
    if (header) {
      const headLength = header[4] === undefined ? 1 : Number(header[4]);
      const headLine = Number(header[3]);
      // An empty range names the line before it: `+0,0` is the file's start.
      hunks.push({ headStart: headLength === 0 ? headLine : headLine - 1, baseLength: header[2] === undefined ? 1 : Number(header[2]), headLength, lines: [] });
    } else {
      const hunk = hunks.at(-1);
      if (!hunk) return undefined;
      hunk.lines.push(line);
    }
  }
  return hunks.length > 0 ? hunks : undefined;
}
