// trigger: where a webhook's review goes. In one process it runs here, through the pull queue; with
// replicas (REDIS_URL) the handler only enqueues it for a worker (src/server/replicas.ts). Handlers
// decide whether to review; the dispatch decides where.
import { runPullRequestReview, type ReviewDeps, type ReviewTarget } from './run-pull-request-review.js';

/** What a dispatch needs from the webhook: a review's deps and the installation it came through. */
export interface DispatchContext extends ReviewDeps {
  payload: { installation?: { id: number } | undefined };
}

export type ReviewDispatch = (context: DispatchContext, target: ReviewTarget) => Promise<unknown>;

/** One process: review now, one review per pull request at a time (pull-queue.ts). */
export const reviewInProcess: ReviewDispatch = (context, target) => runPullRequestReview(context, target);
