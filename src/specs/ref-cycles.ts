// parse: `$ref` chains that never reach a value (`A: {$ref: B}`, `B: {$ref: A}`, also across
// files). A recursive schema (a property that refers to its own schema) is fine and common; a
// chain made only of references is not a description of anything, so it is reported once, at
// the reference that enters it. Iterative, and each location is followed at most once.
import { valueAt } from './json-pointer.js';
import type { ParsedFile } from './parsed-file.js';
import { refTarget } from './ref-target.js';
import type { SourceLocation } from './source-location.js';

export interface RefStart {
  /** The file holding the `$ref`. */
  file: string;
  ref: string;
  from: SourceLocation;
}

export interface RefCycle {
  from: SourceLocation;
  /** The locations of the cycle, `file#/pointer`, in the order followed. */
  chain: string[];
}

export function findRefCycles(files: ReadonlyMap<string, ParsedFile>, starts: readonly RefStart[]): RefCycle[] {
  const settled = new Set<string>();
  const cycles: RefCycle[] = [];
  const reported = new Set<string>();
  for (const start of starts) {
    const chain = followChain(files, start, settled);
    if (!chain) continue;
    const key = [...chain].sort().join('|');
    if (reported.has(key)) continue;
    reported.add(key);
    cycles.push({ from: start.from, chain });
  }
  return cycles;
}

/** The cycle this reference runs into, or `undefined` when its chain ends at a value (or nowhere). */
function followChain(files: ReadonlyMap<string, ParsedFile>, start: RefStart, settled: Set<string>): string[] | undefined {
  const visiting: string[] = [];
  const onChain = new Set<string>();
  let file = start.file;
  let ref = start.ref;
  for (;;) {
    const target = refTarget(file, ref);
    if (target.kind !== 'local') break;
    const key = `${target.file}#/${target.path.join('/')}`;
    if (onChain.has(key)) {
      visiting.forEach((seen) => settled.add(seen));
      return visiting.slice(visiting.indexOf(key));
    }
    if (settled.has(key)) break;
    visiting.push(key);
    onChain.add(key);
    const value = valueAt(files.get(target.file)?.data, target.path);
    if (!isReference(value)) break;
    file = target.file;
    ref = value.$ref;
  }
  visiting.forEach((seen) => settled.add(seen));
  return undefined;
}

function isReference(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}
