#!/usr/bin/env node
// The server entry behind `npm start`: Probot's own `run` (same env vars, same webhook path,
// signature verification and health routes as `probot run ./dist/app.js`), with the Octokit whose
// retry and throttling plugins are configured for reviews. `probot run` offers no way to pass it.
// It refuses to start without a real WEBHOOK_SECRET (webhook-secret.ts) and stops gracefully on
// SIGTERM (graceful-shutdown.ts).
import { run, type Logger } from 'probot';
import apiReviewBot from '../app.js';
import { resilientOctokit } from '../github/resilient-octokit.js';
import { shutDownGracefully } from './graceful-shutdown.js';
import { runningReviews } from './in-flight-reviews.js';
import { shutdownGraceMs } from './shutdown-grace.js';
import { webhookSecretProblem } from './webhook-secret.js';

const secretProblem = webhookSecretProblem(process.env);
if (secretProblem !== undefined) {
  process.stderr.write(`api-review: ${secretProblem}\n`);
  process.exit(1);
}

// Probot's Server does not expose its logger; the app function receives it.
let log: Logger | undefined;
const server = await run(
  (app, options) => {
    log = app.log;
    apiReviewBot(app, options);
  },
  { Octokit: resilientOctokit() },
);
const graceMs = shutdownGraceMs({ SHUTDOWN_GRACE_SECONDS: process.env.SHUTDOWN_GRACE_SECONDS });
process.once('SIGTERM', () => {
  void shutDownGracefully({ server, reviews: runningReviews, graceMs, log: log ?? console })
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
});
