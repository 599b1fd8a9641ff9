// analyze: patterns written in a reviewed spec are run by the linter (Spectral validates every
// `example` against its schema, `pattern` included), so `pattern: '^(a+)+$'` with a long
// non-matching example would pin a CPU for minutes — no timer can interrupt a running RegExp.
// V8 can switch a regular expression to its linear-time engine once it backtracks excessively;
// this turns that on for every RegExp compiled afterwards. It covers patterns compiled without
// the `u` flag, which is how Spectral's Ajv compiles them (`unicodeRegExp: false`).
import { setFlagsFromString } from 'node:v8';

let bounded = false;

export function boundRegExpBacktracking(): void {
  if (bounded) return;
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  bounded = true;
}
