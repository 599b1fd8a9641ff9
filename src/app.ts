// The Probot app: wires GitHub events to their handlers and mounts the operations routes.
// `npm start` with REDIS_URL wires the replicas' dispatch, health and digest lock in (server/replicas.ts).
import type { ApplicationFunction, ApplicationFunctionOptions, Probot } from 'probot';
import { handleIssueComment } from './github/handle-issue-comment.js';
import { handlePullRequest, pullRequestEvents } from './github/handle-pull-request.js';
import { handlePullRequestMerged } from './github/handle-pull-request-merged.js';
import { handleCheckRunRerequested, handleCheckSuiteRerequested } from './github/handle-rerequest.js';
import { reviewInProcess, type ReviewDispatch } from './github/review-dispatch.js';
import { scheduleDigest, type ScheduleDigestOptions } from './digest/schedule-digest.js';
import { installationHostOf } from './github/app-installations.js';
import { operationsRoutesWith, type HealthProblem } from './server/operations-routes.js';

export interface AppWiring {
  /** Where reviews run: here (default) or in the replicas' queue. */
  review?: ReviewDispatch;
  /** What /healthz asks besides the process itself (Redis, with replicas). */
  health?: HealthProblem;
  digest?: ScheduleDigestOptions;
}

export function apiReviewBotWith(wiring: AppWiring = {}): ApplicationFunction {
  const review = wiring.review ?? reviewInProcess;
  return (app, options) => {
    options.addHandler(operationsRoutesWith(wiring.health));
    app.on([...pullRequestEvents], (context) => handlePullRequest(context, review));
    app.on('pull_request.closed', handlePullRequestMerged);
    app.on('check_run.rerequested', (context) => handleCheckRunRerequested(context, review));
    app.on('check_suite.rerequested', (context) => handleCheckSuiteRerequested(context, review));
    app.on('issue_comment.created', (context) => handleIssueComment(context, review));
    scheduleDigest(installationHostOf(app), wiring.digest);
  };
}

export default function apiReviewBot(app: Probot, options: ApplicationFunctionOptions): void {
  void apiReviewBotWith()(app, options);
}
