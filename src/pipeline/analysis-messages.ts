// analyze, across threads: the messages between the main thread and a review worker. One job
// at a time per worker; while it runs, the worker asks for file bytes and the main thread answers.
import type { AnalysisJob, AnalysisResult, SourceName } from './analysis-job.js';
import type { AnalysisStep } from './analysis-progress.js';
import type { FileAnswer, FileRequest, SourceDescription } from './file-source-port.js';

export type ToWorker = { type: 'job'; job: AnalysisJob; sources: Partial<Record<SourceName, SourceDescription>> } | FileAnswer;

export type FromWorker =
  | FileRequest
  | { type: 'progress'; step: AnalysisStep }
  | { type: 'done'; result: AnalysisResult }
  | { type: 'failed'; message: string };
