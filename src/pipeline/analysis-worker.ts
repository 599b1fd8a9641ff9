// analyze, in a worker thread: runs review jobs sent by the main thread (analysis-pool.ts). It
// lives here so that a pattern that backtracks for hours, or a memory bomb, pins or kills this
// thread only; the pool terminates it at the review's budget and the App keeps serving.
// The thread has an empty environment: nothing here can read the App's secrets.
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob } from './analysis-job.js';
import type { FromWorker, ToWorker } from './analysis-messages.js';
import type { AnalysisStep } from './analysis-progress.js';
import { fileSourceClient } from './file-source-port.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs as a worker thread only');
const send = (message: FromWorker): void => port.postMessage(message);
const client = fileSourceClient(send);

port.on('message', (message: ToWorker) => {
  if (message.type === 'file') client.settle(message);
  else void runJob(message);
});

async function runJob(message: Extract<ToWorker, { type: 'job' }>): Promise<void> {
  try {
    const onProgress = (step: AnalysisStep): void => send({ type: 'progress', step });
    send({ type: 'done', result: await runAnalysisJob(message.job, client.sources(message.sources), onProgress) });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
