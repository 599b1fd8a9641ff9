// analyze: a small pool of long-lived review worker threads (their lint caches stay warm between
// reviews). Parse, lint and diff run there, never on the main thread, which keeps serving
// webhooks. A job whose signal aborts (the review's budget ran out) has its worker terminated —
// a running RegExp included — and the next job gets a fresh worker. The pool's size is the
// most analyses that run at once in the process.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisResult, JobSources } from './analysis-job.js';
import type { FromWorker, ToWorker } from './analysis-messages.js';
import type { ProgressSink } from './analysis-progress.js';
import { AnalysisStopped } from './analysis-stopped.js';
import { answerFileRequest, describeSources } from './file-source-port.js';
import { startAnalysisWorker, type WorkerLimits } from './start-analysis-worker.js';

export interface AnalysisPoolOptions extends WorkerLimits {
  size: number;
  /** Starts a worker; replaced in tests only. */
  start?: (limits: WorkerLimits) => Worker;
}

export interface AnalysisPool {
  readonly size: number;
  /** Runs the job on a free worker (waiting for one); an abort stops it at once. `onProgress` hears its steps. */
  run(job: AnalysisJob, sources: JobSources, signal?: AbortSignal, onProgress?: ProgressSink): Promise<AnalysisResult>;
  /**
   * Starts a worker now when none runs, so that its start (a thread loading the engine's modules)
   * overlaps the caller's own loading instead of following it. The CLI calls it first thing.
   */
  warm(): void;
  /** Terminates every worker (the pool starts new ones if used again). */
  close(): Promise<void>;
}

interface Task {
  job: AnalysisJob;
  sources: JobSources;
  signal: AbortSignal | undefined;
  onProgress?: ProgressSink;
  resolve(result: AnalysisResult): void;
  reject(error: unknown): void;
  /** The first error a main-thread source threw: the job's failure is reported as that error. */
  sourceError?: unknown;
}

interface Slot {
  worker: Worker;
  task?: Task;
}

export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  const start = options.start ?? startAnalysisWorker;
  const slots = new Set<Slot>();
  const queue: Task[] = [];

  const dispatch = (): void => {
    while (queue.length > 0) {
      const slot = [...slots].find((candidate) => candidate.task === undefined) ?? (slots.size < options.size ? newSlot() : undefined);
      if (!slot) return;
      begin(slot, queue.shift() as Task);
    }
  };

  const newSlot = (): Slot => {
    const slot: Slot = { worker: start({ heapMb: options.heapMb }) };
    slots.add(slot);
    slot.worker.on('message', (message: FromWorker) => void onMessage(slot, message));
    slot.worker.on('error', (error: Error & { code?: string }) => {
      const stopped = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AnalysisStopped(`the analysis needed more than ${options.heapMb} MB of memory (API_REVIEW_WORKER_HEAP_MB)`)
        : error;
      retire(slot, stopped);
    });
    slot.worker.on('exit', () => retire(slot, new Error('the analysis worker exited unexpectedly')));
    slot.worker.unref();
    return slot;
  };

  const begin = (slot: Slot, task: Task): void => {
    slot.task = task;
    slot.worker.ref();
    const message: ToWorker = { type: 'job', job: task.job, sources: describeSources(task.sources) };
    slot.worker.postMessage(message);
  };

  const onMessage = async (slot: Slot, message: FromWorker): Promise<void> => {
    const task = slot.task;
    if (!task) return;
    if (message.type === 'read' || message.type === 'size') {
      const { answer, error } = await answerFileRequest(message, task.sources);
      if (error !== undefined) task.sourceError ??= error;
      if (slot.task === task) slot.worker.postMessage(answer satisfies ToWorker);
      return;
    }
    if (message.type === 'progress') {
      task.onProgress?.(message.step);
      return;
    }
    finish(slot);
    if (message.type === 'done') task.resolve(message.result);
    if (message.type === 'failed') task.reject(task.sourceError ?? new Error(message.message));
  };

  const finish = (slot: Slot): void => {
    slot.task = undefined;
    slot.worker.unref();
    dispatch();
  };

  /** A worker is gone (crashed, out of memory, or terminated): its job fails, a new one takes its place on demand. */
  const retire = (slot: Slot, error: unknown): void => {
    if (!slots.delete(slot)) return;
    const task = slot.task;
    slot.task = undefined;
    task?.reject(error);
    dispatch();
  };

  const abort = (task: Task): void => {
    const queued = queue.indexOf(task);
    if (queued !== -1) {
      queue.splice(queued, 1);
      task.reject(task.signal?.reason);
      return;
    }
    const slot = [...slots].find((candidate) => candidate.task === task);
    if (!slot) return;
    // Terminated, not abandoned: a pinned thread would keep a core and its memory for hours.
    retire(slot, task.signal?.reason);
    void slot.worker.terminate();
  };

  return {
    size: options.size,
    run: (job, sources, signal, onProgress) =>
      new Promise<AnalysisResult>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const task: Task = { job, sources, signal, resolve, reject, ...(onProgress ? { onProgress } : {}) };
        signal?.addEventListener('abort', () => abort(task), { once: true });
        queue.push(task);
        dispatch();
      }),
    warm: () => {
      if (slots.size === 0) newSlot();
    },
    close: async () => {
      const closing = [...slots];
      for (const slot of closing) retire(slot, new Error('the analysis pool was closed'));
      await Promise.all(closing.map((slot) => slot.worker.terminate()));
    },
  };
}

/** `API_REVIEW_WORKERS` (default: the cores, at most 4) and `API_REVIEW_WORKER_HEAP_MB` (default 4096). */
export function analysisPoolOptions(env: NodeJS.ProcessEnv = process.env): AnalysisPoolOptions {
  return {
    size: positiveInteger(env.API_REVIEW_WORKERS) ?? Math.min(4, Math.max(1, availableParallelism())),
    heapMb: positiveInteger(env.API_REVIEW_WORKER_HEAP_MB) ?? 4096,
  };
}

function positiveInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value > 0 ? value : undefined;
}

let shared: AnalysisPool | undefined;

/** The process's pool, created on first use from the environment. */
export function sharedAnalysisPool(): AnalysisPool {
  return (shared ??= createAnalysisPool(analysisPoolOptions()));
}
