// collect, across threads: a review worker reads bytes through the main thread's FileSources,
// so the GitHub-backed sources (their Octokit, token and caches) never leave the main thread.
// The worker holds a stand-in per source that asks over the port; the main thread answers.
import type { FileSource } from '../specs/file-source.js';
import type { JobSources, SourceName } from './analysis-job.js';

/** What the worker knows of a source: its label for messages, and whether it can tell sizes. */
export interface SourceDescription {
  label: string;
  sized: boolean;
}

export interface FileRequest {
  type: 'read' | 'size';
  id: number;
  source: SourceName;
  path: string;
}

export type FileAnswer =
  | { type: 'file'; id: number; ok: true; value: Uint8Array | number | undefined }
  | { type: 'file'; id: number; ok: false; message: string };

export function describeSources(sources: JobSources): Partial<Record<SourceName, SourceDescription>> {
  const described: Partial<Record<SourceName, SourceDescription>> = {};
  for (const [name, source] of Object.entries(sources) as [SourceName, FileSource][]) {
    described[name] = { label: source.label, sized: typeof source.size === 'function' };
  }
  return described;
}

/** Main thread: answers one request of the worker from the job's real sources. */
export async function answerFileRequest(request: FileRequest, sources: JobSources): Promise<{ answer: FileAnswer; error?: unknown }> {
  try {
    const source = sources[request.source];
    if (!source) throw new Error(`no ${request.source} source in this job`);
    const value = request.type === 'read' ? await source.read(request.path) : await source.size?.(request.path);
    return { answer: { type: 'file', id: request.id, ok: true, value } };
  } catch (error) {
    return { answer: { type: 'file', id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }, error };
  }
}

/** Worker side: the stand-ins send their requests through `send`; answers come back through `settle`. */
export function fileSourceClient(send: (request: FileRequest) => void): {
  sources(described: Partial<Record<SourceName, SourceDescription>>): JobSources;
  settle(answer: FileAnswer): void;
} {
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: Uint8Array | number | undefined) => void; reject: (error: Error) => void }>();
  const ask = (type: FileRequest['type'], source: SourceName, path: string): Promise<Uint8Array | number | undefined> =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      pending.set(id, { resolve, reject });
      send({ type, id, source, path });
    });
  return {
    sources: (described) => {
      const sources: JobSources = {};
      for (const [name, description] of Object.entries(described) as [SourceName, SourceDescription][]) {
        sources[name] = {
          label: description.label,
          read: async (path) => (await ask('read', name, path)) as Uint8Array | undefined,
          ...(description.sized ? { size: async (path: string) => (await ask('size', name, path)) as number | undefined } : {}),
        };
      }
      return sources;
    },
    settle: (answer) => {
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.value);
      else waiting.reject(new Error(answer.message));
    },
  };
}
