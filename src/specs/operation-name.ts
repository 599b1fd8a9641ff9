// parse: an operation's name, `METHOD /path/template` — the diff contract's `operation`, config
// `breaking.ignore[].operation`, and what the review and the model excerpts look up. One reader
// and one writer, so `get  /pets` in a config and `GET /pets` from the engine name one operation.

export interface OperationName {
  /** Upper case, as the contract writes it. */
  method: string;
  /** The path template as written in `paths` (empty when the text names none). */
  path: string;
}

/** The method is the text up to the first whitespace; the path is the rest, trimmed. */
export function parseOperationName(text: string): OperationName {
  const trimmed = text.trim();
  const match = /^(\S+)\s+([\s\S]*)$/.exec(trimmed);
  const method = match?.[1] ?? trimmed;
  return { method: method.toUpperCase(), path: match?.[2]?.trim() ?? '' };
}

export function formatOperationName(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}
