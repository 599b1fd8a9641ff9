// parse: a linear look at a YAML file's nesting before any parser sees it. The YAML parser we keep
// (Spectral's AST parser) recurses once per level, so 10^5 nested collections overflow the stack
// long before `limits.depth` could be checked on the parsed data. This scan never recurses and
// stops at the first line deeper than the limit. (A JSON file's nesting is measured in the pass
// that also finds its duplicate keys: json-text-scan.ts.)

export interface ExcessNesting {
  /** 1-based line where the nesting first went over the limit. */
  line: number;
}

/**
 * YAML nests three ways: by indentation, by compact entries on one line (`- - - x`), and by flow
 * collections (`[[{`), which may span lines. Each is counted as one level; the estimate can run a
 * level or two above the data's true depth, never far below it, which is all a guard needs.
 */
export function findExcessYamlNesting(text: string, maxDepth: number): ExcessNesting | undefined {
  const state: YamlScan = { indents: [], flow: 0, flowBase: 0, quote: undefined, blockScalarParent: undefined };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const depth = scanYamlLine(lines[index] as string, state, maxDepth);
    if (depth > maxDepth) return { line: index + 1 };
  }
  return undefined;
}

interface YamlScan {
  /** Indentation columns of the open block collections. */
  indents: number[];
  /** Open flow collections (`[` or `{`), which may span lines. */
  flow: number;
  /** Block depth where the open flow collection started. */
  flowBase: number;
  /** A quoted scalar still open at the end of the previous line. */
  quote: '"' | "'" | undefined;
  /** Indentation of the line that opened a block scalar (`|` or `>`); deeper lines are text. */
  blockScalarParent: number | undefined;
}

/** Scans one line and returns the deepest level it reached. */
function scanYamlLine(line: string, state: YamlScan, maxDepth: number): number {
  const indent = leadingSpaces(line);
  const content = line.slice(indent);
  if (state.blockScalarParent !== undefined) {
    if (content.trim() === '' || indent > state.blockScalarParent) return 0;
    state.blockScalarParent = undefined;
  }
  if (state.quote === undefined && state.flow === 0) {
    if (content.trim() === '' || content.startsWith('#')) return 0;
    while (state.indents.length > 0 && (state.indents.at(-1) as number) >= indent) state.indents.pop();
    state.indents.push(indent);
    state.flowBase = state.indents.length;
  }
  let deepest = state.flowBase + state.flow;
  let position = 0;
  if (state.quote === undefined && state.flow === 0) {
    // Compact nesting: every `- ` or `? ` that opens the line's content is one more level.
    while (/^[-?](\s|$)/.test(content.slice(position))) {
      position += 2;
      deepest += 1;
      state.flowBase += 1;
      while (content[position] === ' ') position += 1;
      if (deepest > maxDepth) return deepest;
    }
  }
  for (; position < content.length; position += 1) {
    const char = content[position] as string;
    if (state.quote !== undefined) {
      if (state.quote === '"' && char === '\\') position += 1;
      else if (char === state.quote) {
        if (state.quote === "'" && content[position + 1] === "'") position += 1;
        else state.quote = undefined;
      }
      continue;
    }
    const previous = position === 0 ? ' ' : (content[position - 1] as string);
    if ((char === '"' || char === "'") && /[\s[{,:]/.test(previous)) state.quote = char;
    else if (char === '#' && /\s/.test(previous)) break;
    else if (char === '[' || char === '{') {
      state.flow += 1;
      deepest = Math.max(deepest, state.flowBase + state.flow);
      if (deepest > maxDepth) return deepest;
    } else if (char === ']' || char === '}') state.flow = Math.max(0, state.flow - 1);
  }
  if (state.flow === 0 && state.quote === undefined && opensBlockScalar(content)) state.blockScalarParent = indent;
  return deepest;
}

function leadingSpaces(line: string): number {
  let count = 0;
  while (line.charCodeAt(count) === 32) count += 1;
  return count;
}

/** `key: |`, `- >-`, `|2` …: the lines that follow, indented deeper, are text, not structure. */
function opensBlockScalar(content: string): boolean {
  const withoutComment = content.replace(/\s#.*$/, '').trimEnd();
  return /(^|[\s:-])[|>][-+0-9]*$/.test(withoutComment);
}
