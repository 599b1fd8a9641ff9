#!/usr/bin/env node
// The worker entry behind `npm run worker`: reviews from the shared queue, no webhook server. Run
// as many as the load needs beside webhook-only replicas (`REVIEW_QUEUE_CONCURRENCY=0 npm start`).
// It authenticates as the App from the server's env vars (APP_ID, PRIVATE_KEY…) and needs REDIS_URL.
// On SIGTERM it stops taking jobs, lets the running reviews finish within SHUTDOWN_GRACE_SECONDS and
// completes the check runs of the rest as neutral, as the server does. With WORKER_PORT it serves
// /healthz and /metrics (its queue wait times and job outcomes) there, as the server does.
import { createServer } from 'node:http';
import { probotFromEnv } from '../github/probot-from-env.js';
import { operationsRoutesWith } from './operations-routes.js';
import { runningReviews } from './in-flight-reviews.js';
import { replicaSettingsOf } from './replica-settings.js';
import { connectReplicas } from './replicas.js';
import { shutdownGraceMs } from './shutdown-grace.js';

const settings = replicaSettingsOf(process.env);
if (!settings) {
  process.stderr.write('api-review worker: REDIS_URL is not set; a worker takes its reviews from the shared queue in Redis.\n');
  process.exit(1);
}

const probot = probotFromEnv(process.env);
const replicas = connectReplicas(settings, probot.log);
const worker = await replicas.startWorker(probot);
probot.log.info({ concurrency: Math.max(1, settings.concurrency) }, 'review worker: taking jobs from the shared queue');

const port = Number(process.env.WORKER_PORT?.trim() || Number.NaN);
const http = Number.isInteger(port) && port > 0 ? createServer() : undefined;
if (http) {
  const routes = operationsRoutesWith(replicas.problem);
  http.on('request', (request, response) => {
    void routes(request, response).then((answered) => answered || response.writeHead(404).end());
  });
  http.listen(port, process.env.HOST?.trim() || undefined);
}

const graceMs = shutdownGraceMs({ SHUTDOWN_GRACE_SECONDS: process.env.SHUTDOWN_GRACE_SECONDS });
process.once('SIGTERM', () => {
  // Not awaited first: closing waits for running jobs, which the grace period bounds instead.
  const closed = worker.close();
  void runningReviews
    .drain(graceMs)
    .then(() => Promise.race([closed, worker.close(true)]))
    .then(() => replicas.close())
    .then(() => http?.close())
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
});
