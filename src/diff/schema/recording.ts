// analyze: what a walk over one `$ref`'d pair of schemas leaves behind: its own events, and links
// to the recordings of the `$ref`'d pairs below it. Each pair is recorded once per comparison
// context, so the recordings form a graph shaped like the schemas, cyclic where they recurse;
// recording-unroll.ts turns it into what one operation reports.
import type { EventSink, SchemaEvent } from './schema-event.js';

export type RecordingItem =
  | { kind: 'event'; event: SchemaEvent }
  | { kind: 'nested'; path: readonly string[]; recording: Recording };

export interface Recording {
  /** The compared pair in its context, the same at the body root and below it ('' for none). */
  identity: string;
  items: RecordingItem[];
}

export function newRecording(identity: string): Recording {
  return { identity, items: [] };
}

/** Sends every event of an acyclic recording to `sink`, with property paths from its root. */
export function replayRecording(recording: Recording, sink: EventSink, prefix: readonly string[] = []): void {
  for (const item of recording.items) {
    if (item.kind === 'nested') {
      replayRecording(item.recording, sink, prefix.length === 0 ? item.path : [...prefix, ...item.path]);
    } else {
      sink(prefix.length === 0 ? item.event : { ...item.event, path: [...prefix, ...item.event.path] });
    }
  }
}

/** The recordings linked from `recording`, in order. */
export function nestedRecordings(recording: Recording): Recording[] {
  const nested: Recording[] = [];
  for (const item of recording.items) if (item.kind === 'nested') nested.push(item.recording);
  return nested;
}
