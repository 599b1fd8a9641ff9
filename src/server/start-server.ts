#!/usr/bin/env node
// The server entry behind `npm start`: Probot's own `run` (same env vars, same webhook path,
// signature verification and health routes as `probot run ./dist/app.js`), with the Octokit whose
// retry and throttling plugins are configured for reviews. `probot run` offers no way to pass it.
// It refuses to start without a real WEBHOOK_SECRET (webhook-secret.ts) and stops gracefully on
// SIGTERM (graceful-shutdown.ts). With REDIS_URL it is a replica (replicas.ts): webhooks enqueue,
// and a worker in this process reviews unless REVIEW_QUEUE_CONCURRENCY is 0; Probot itself then
// shares GitHub's rate limits across replicas through the same Redis (its throttling clustering).
import { run, type Logger, type Probot } from 'probot';
import { apiReviewBotWith, type AppWiring } from '../app.js';
import { resilientOctokit } from '../github/resilient-octokit.js';
import type { RunningWorker } from '../queue/review-worker.js';
import { shutDownGracefully } from './graceful-shutdown.js';
import { runningReviews } from './in-flight-reviews.js';
import { replicaSettingsOf } from './replica-settings.js';
import { connectReplicas, type Replicas } from './replicas.js';
import { shutdownGraceMs } from './shutdown-grace.js';
import { webhookSecretProblem } from './webhook-secret.js';

const secretProblem = webhookSecretProblem(process.env);
if (secretProblem !== undefined) {
  process.stderr.write(`api-review: ${secretProblem}\n`);
  process.exit(1);
}

const replicaSettings = replicaSettingsOf(process.env);
const replicas: Replicas | undefined = replicaSettings ? connectReplicas(replicaSettings, console) : undefined;
const wiring: AppWiring = replicas ? { review: replicas.dispatch, health: replicas.problem, digest: { oncePerRun: replicas.oncePerRun } } : {};

// Probot's Server does not expose its logger or its Probot; the app function receives them.
let log: Logger | undefined;
let probot: Probot | undefined;
const server = await run(
  (app, options) => {
    log = app.log;
    probot = app;
    return apiReviewBotWith(wiring)(app, options);
  },
  { Octokit: resilientOctokit() },
);
const worker: RunningWorker | undefined = replicas && probot && replicas.settings.concurrency > 0 ? await replicas.startWorker(probot) : undefined;
if (replicas) log?.info({ worker: worker !== undefined, concurrency: replicas.settings.concurrency }, 'replica: reviews go through the shared queue');

const graceMs = shutdownGraceMs({ SHUTDOWN_GRACE_SECONDS: process.env.SHUTDOWN_GRACE_SECONDS });
process.once('SIGTERM', () => {
  void shutDownGracefully({ server, reviews: runningReviews, graceMs, log: log ?? console })
    // The worker's running reviews were waited for above; its jobs left are another worker's now.
    .then(() => worker?.close(true))
    .then(() => replicas?.close())
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
});
