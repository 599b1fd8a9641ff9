// analyze: the human side of a guideline (docs/guidelines.md): why it matters and how to fix it.
// The Markdown is the single place this text lives; rules point at it with `documentationUrl`.

export interface RuleGuide {
  code: string;
  /** The Markdown under "Why it matters". */
  why: string;
  /** The Markdown under "How to fix". */
  fix: string;
}

/**
 * Reads the `## <rule-code>` sections of the guidelines document, each with a
 * `### Why it matters` and a `### How to fix` subsection. Other sections are ignored.
 */
export function parseRuleGuides(markdown: string): Map<string, RuleGuide> {
  const guides = new Map<string, RuleGuide>();
  for (const section of markdown.split(/^## /m).slice(1)) {
    const newline = section.indexOf('\n');
    const code = (newline === -1 ? section : section.slice(0, newline)).trim();
    if (!/^[a-z0-9-]+$/.test(code)) continue;
    const body = newline === -1 ? '' : section.slice(newline + 1);
    guides.set(code, { code, why: subsection(body, 'Why it matters'), fix: subsection(body, 'How to fix') });
  }
  return guides;
}

function subsection(body: string, title: string): string {
  const parts = body.split(/^### /m);
  const match = parts.find((part) => part.startsWith(`${title}\n`));
  return match === undefined ? '' : match.slice(title.length + 1).trim();
}
