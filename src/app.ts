// The Probot app: wires GitHub events to their handlers and mounts the operations routes.
import type { ApplicationFunctionOptions, Probot } from 'probot';
import { handleIssueComment } from './github/handle-issue-comment.js';
import { handlePullRequest, pullRequestEvents } from './github/handle-pull-request.js';
import { handlePullRequestMerged } from './github/handle-pull-request-merged.js';
import { handleCheckRunRerequested, handleCheckSuiteRerequested } from './github/handle-rerequest.js';
import { scheduleDigest } from './digest/schedule-digest.js';
import { installationHostOf } from './github/app-installations.js';
import { operationsRoutes } from './server/operations-routes.js';

export default function apiReviewBot(app: Probot, options: ApplicationFunctionOptions): void {
  options.addHandler(operationsRoutes);
  app.on([...pullRequestEvents], handlePullRequest);
  app.on('pull_request.closed', handlePullRequestMerged);
  app.on('check_run.rerequested', handleCheckRunRerequested);
  app.on('check_suite.rerequested', handleCheckSuiteRerequested);
  app.on('issue_comment.created', handleIssueComment);
  scheduleDigest(installationHostOf(app));
}
