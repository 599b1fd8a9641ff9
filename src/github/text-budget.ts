// publish: GitHub's size limits on every text the App writes, and the one function that fits a
// text into its budget. A pull request decides how long its review is (thousands of findings,
// `$ref` strings of any length); GitHub answers 422 to an over-long field, and a check run that
// cannot be completed is a gate that does not close. So texts are fitted before they are sent.

/**
 * GitHub's documented limits (REST reference: check runs, annotations, issue comments, labels).
 * GitHub states them in characters but enforces the check-run ones on bytes in practice
 * (github/rest-api-description#5399); UTF-8 bytes are never fewer than characters, so budgets
 * are counted in UTF-8 bytes and hold under either reading.
 */
export const githubLimits = {
  checkRunTitle: 255,
  checkRunSummary: 65_535,
  checkRunText: 65_535,
  annotationsPerRequest: 50,
  annotationTitle: 255,
  annotationMessage: 64 * 1024 - 1,
  commentBody: 65_536,
  issueBody: 65_536,
  labelName: 50,
} as const;

export interface TextBudget {
  maxBytes: number;
  /** Where the rest can be read, for the note that replaces it; a one-line text gets `…` alone. */
  seeAlso?: string;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The text itself when it fits; otherwise its longest prefix of whole lines that fits with a note
 * saying how many lines were left out and where to read them (an open code fence is closed first,
 * so the cut does not swallow the note). A text without a line break that fits is cut at a word.
 */
export function fitText(text: string, budget: TextBudget): string {
  if (byteLength(text) <= budget.maxBytes) return text;
  const lines = text.split('\n');
  if (budget.seeAlso === undefined || lines.length === 1) return cutLine(text.replace(/\n/g, ' '), budget.maxBytes);
  // The note is sized for the largest count it can carry, so the kept lines never push it over.
  const room = budget.maxBytes - byteLength(omissionNote(lines.length, budget.seeAlso)) - byteLength('\n```');
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = byteLength(line) + 1;
    if (used + cost > room) break;
    kept.push(line);
    used += cost;
  }
  if (kept.length === 0) return cutLine(text.replace(/\n/g, ' '), budget.maxBytes);
  if (kept.filter((line) => /^\s*(```|~~~)/.test(line)).length % 2 === 1) kept.push('```');
  return `${kept.join('\n')}${omissionNote(lines.length - kept.length, budget.seeAlso)}`;
}

function omissionNote(omittedLines: number, seeAlso: string): string {
  return `\n\n_… ${omittedLines.toLocaleString('en-US')} more ${omittedLines === 1 ? 'line' : 'lines'} not shown (GitHub's size limit); see ${seeAlso}._`;
}

/** The longest prefix that fits with `…`, ending at a word where one is near, never inside a character. */
function cutLine(text: string, maxBytes: number): string {
  const ellipsis = '…';
  const room = maxBytes - byteLength(ellipsis);
  let end = 0;
  let used = 0;
  for (const char of text) {
    const cost = byteLength(char);
    if (used + cost > room) break;
    used += cost;
    end += char.length;
  }
  const prefix = text.slice(0, end);
  const space = prefix.lastIndexOf(' ');
  return `${(space > end * 0.8 ? prefix.slice(0, space) : prefix).trimEnd()}${ellipsis}`;
}
