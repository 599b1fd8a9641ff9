// analyze: from the graph of recordings to what one operation reports, as oasdiff unrolls its
// schema diff graph. A recording outside any cycle with the path above it is unrolled once and
// shared wherever it is reached (a change in a shared component is reported under every property
// path that leads to it). Inside a cycle (a strongly connected component of the graph) each pair
// is expanded once per walk, where the walk first reaches it, and adds nothing where the walk
// reaches it again: its changes are already reported. So the work and the output of one
// operation grow with the pairs it reaches, not with the (exponentially many) paths between them.
import { nestedRecordings, newRecording, type Recording } from './recording.js';
import type { SchemaMemo } from './schema-memo.js';

interface Walk {
  memo: SchemaMemo;
  /** Component of the recordings this walk expands in place. */
  component: number;
  /** Identities this walk has expanded. */
  visited: Set<string>;
  /** Identities being expanded, this walk's and those of the walks around it. */
  path: Set<string>;
}

/** The acyclic recording of what `top` reports, reusing the memo's unrolled recordings. */
export function unrollRecording(memo: SchemaMemo, top: Recording): Recording {
  assignComponents(memo, top);
  // Not memoized: the top recording is the operation's own, never reached again.
  return expand({ memo, component: componentOf(memo, top), visited: new Set(), path: new Set() }, top);
}

function walkFrom(memo: SchemaMemo, entry: Recording, path: Set<string>): Recording {
  const known = memo.unrolled.get(entry);
  if (known !== undefined) return known;
  const walk: Walk = { memo, component: componentOf(memo, entry), visited: new Set(), path };
  const unrolled = expand(walk, entry);
  memo.unrolled.set(entry, unrolled);
  return unrolled;
}

function expand(walk: Walk, recording: Recording): Recording {
  walk.memo.work.expansions += 1;
  walk.visited.add(recording.identity);
  walk.path.add(recording.identity);
  const unrolled = newRecording(recording.identity);
  for (const item of recording.items) {
    if (item.kind === 'event') {
      unrolled.items.push(item);
      continue;
    }
    const child = item.recording;
    if (walk.path.has(child.identity)) continue;
    let below: Recording;
    if (componentOf(walk.memo, child) === walk.component) {
      if (walk.visited.has(child.identity)) continue;
      below = expand(walk, child);
    } else {
      below = walkFrom(walk.memo, child, walk.path);
    }
    if (below.items.length > 0) unrolled.items.push({ kind: 'nested', path: item.path, recording: below });
  }
  walk.path.delete(recording.identity);
  return unrolled;
}

/**
 * A body-root recording has no links into it, but is the same pair as its twin below the root:
 * it belongs to the twin's component, so a cycle back to the root pair is expanded in place.
 */
function componentOf(memo: SchemaMemo, recording: Recording): number {
  const twin = memo.byIdentity.get(recording.identity) ?? recording;
  return memo.components.get(twin) ?? memo.components.get(recording) ?? -1;
}

/**
 * Numbers the strongly connected components of the recordings reachable from `top` that have none
 * yet (Tarjan, iterative: the graphs of real descriptions are thousands of pairs deep). A finished
 * recording never gains links, so the numbers given earlier stay right.
 */
function assignComponents(memo: SchemaMemo, top: Recording): void {
  const index = new Map<Recording, number>();
  const lowLink = new Map<Recording, number>();
  const stack: Recording[] = [];
  const onStack = new Set<Recording>();
  const open = (recording: Recording): { recording: Recording; children: Recording[]; next: number } => {
    index.set(recording, index.size);
    lowLink.set(recording, index.size - 1);
    stack.push(recording);
    onStack.add(recording);
    return { recording, children: nestedRecordings(recording), next: 0 };
  };
  if (memo.components.has(top)) return;
  const frames = [open(top)];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    const child = frame.children[frame.next];
    if (child !== undefined) {
      frame.next += 1;
      if (memo.components.has(child)) continue;
      if (!index.has(child)) frames.push(open(child));
      else if (onStack.has(child)) lowLink.set(frame.recording, Math.min(lowLink.get(frame.recording) ?? 0, index.get(child) ?? 0));
      continue;
    }
    frames.pop();
    const low = lowLink.get(frame.recording) ?? 0;
    const parent = frames[frames.length - 1];
    if (parent !== undefined) lowLink.set(parent.recording, Math.min(lowLink.get(parent.recording) ?? 0, low));
    if (low === index.get(frame.recording)) closeComponent(memo, stack, onStack, frame.recording);
  }
}

function closeComponent(memo: SchemaMemo, stack: Recording[], onStack: Set<Recording>, head: Recording): void {
  const component = memo.nextComponent;
  memo.nextComponent += 1;
  for (;;) {
    const member = stack.pop();
    if (member === undefined) return;
    onStack.delete(member);
    memo.components.set(member, component);
    if (member === head) return;
  }
}
