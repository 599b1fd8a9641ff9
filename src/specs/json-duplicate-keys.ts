// parse: duplicate keys in a JSON file. `JSON.parse` keeps the last one silently, so a second
// `"/pets"` would quietly drop every operation of the first; YAML's parser reports the same
// mistake, and JSON gets the same answer. One linear pass over text that already parsed.

export interface DuplicateKey {
  key: string;
  /** 1-based line of the second occurrence. */
  line: number;
}

interface Frame {
  keys: Set<string> | undefined; // undefined for an array
  expectKey: boolean;
}

export function findDuplicateJsonKey(text: string): DuplicateKey | undefined {
  const frames: Frame[] = [];
  let line = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10) line += 1;
    else if (char === 123) frames.push({ keys: new Set(), expectKey: true });
    else if (char === 91) frames.push({ keys: undefined, expectKey: false });
    else if (char === 125 || char === 93) frames.pop();
    else if (char === 44) {
      const top = frames.at(-1);
      if (top?.keys) top.expectKey = true;
    } else if (char === 34) {
      const end = closingQuote(text, index);
      const top = frames.at(-1);
      if (top?.keys && top.expectKey) {
        const raw = text.slice(index + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) return { key, line };
        top.keys.add(key);
        top.expectKey = false;
      }
      index = end;
    }
  }
  return undefined;
}

function closingQuote(text: string, open: number): number {
  for (let index = open + 1; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 92) index += 1;
    else if (char === 34) return index;
  }
  return text.length;
}
