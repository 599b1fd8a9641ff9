// The `patch` the fake GitHub lists for a modified file: a unified diff as git writes it, with one
// hunk around everything between the first and the last changed line, three lines of context.
export function unifiedPatch(before: string, after: string): string {
  // Lines keep their newline: a last line without one differs from the same text with one, as in git.
  const a = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const b = after.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
  const start = Math.max(0, prefix - 3);
  const endA = Math.min(a.length, a.length - suffix + 3);
  const endB = Math.min(b.length, b.length - suffix + 3);
  const out: string[] = [];
  const add = (sign: string, line: string | undefined): void => {
    const text = line ?? '';
    out.push(`${sign}${text.replace(/\n$/, '')}`);
    if (!text.endsWith('\n')) out.push('\\ No newline at end of file');
  };
  for (let index = start; index < prefix; index += 1) add(' ', a[index]);
  for (let index = prefix; index < a.length - suffix; index += 1) add('-', a[index]);
  for (let index = prefix; index < b.length - suffix; index += 1) add('+', b[index]);
  for (let index = b.length - suffix; index < endB; index += 1) add(' ', b[index]);
  const range = (from: number, length: number): string => `${length === 0 ? from : from + 1},${length}`;
  return [`@@ -${range(start, endA - start)} +${range(start, endB - start)} @@`, ...out].join('\n');
}
