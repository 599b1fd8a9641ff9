// parse: where each line of a text starts, and the line and character of an offset. The JSON
// text locator names places with them; they are counted as the positioned parse counts lines.

/** A 0-based place, as the positioned parse counts: lines and UTF-16 characters. */
export interface TextPosition {
  line: number;
  character: number;
}

/**
 * Offsets where lines start, counted as the positioned parse counts: `\n`, `\r\n` and a lone
 * `\r` end a line. (It also counts U+2028 and U+2029 between tokens, where `JSON.parse` refuses
 * them; within strings neither counts them.)
 */
export function lineStartsOf(text: string): Uint32Array {
  // Into a typed array that doubles when full, one pass: built with `push` (hundreds of thousands
  // of entries), the second locator over the same text took minutes on Node 20 (GitHub's
  // description, in a review), spent in native copying; counted first and then filled, the text
  // was searched twice. The first guess is a line per 32 characters (GitHub's: one per 37).
  let starts = new Uint32Array(16 + (text.length >> 5));
  let count = 1;
  forEachLineStart(text, (start) => {
    if (count === starts.length) {
      const grown = new Uint32Array(count * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = start;
  });
  return starts.slice(0, count);
}

/**
 * Calls `visit` with the offset just past each line end, in order. The native `indexOf` finds
 * them: a loop reading every character cost a review of GitHub's description pair about 0.15 s
 * a side.
 */
function forEachLineStart(text: string, visit: (start: number) => void): void {
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  while (lineFeed >= 0 || carriageReturn >= 0) {
    if (carriageReturn >= 0 && (lineFeed < 0 || carriageReturn < lineFeed)) {
      // A `\r` right before a `\n` ends no line of its own: the pair ends one line, at the `\n`.
      if (carriageReturn + 1 !== lineFeed) visit(carriageReturn + 1);
      carriageReturn = text.indexOf('\r', carriageReturn + 1);
    } else {
      visit(lineFeed + 1);
      lineFeed = text.indexOf('\n', lineFeed + 1);
    }
  }
}

export function positionAt(lineStarts: Uint32Array, offset: number): TextPosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - (lineStarts[low] as number) };
}
