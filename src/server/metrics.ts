// Operations: the Prometheus metrics the server exposes at `GET /metrics`. One registry per
// process; the review code records, the route serves.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'api_review_' });

export const reviewsTotal = new Counter({
  name: 'api_review_reviews_total',
  help: 'Pull request reviews completed, by check-run conclusion (success, failure, neutral).',
  labelNames: ['conclusion'] as const,
  registers: [metricsRegistry],
});

export const reviewDuration = new Histogram({
  name: 'api_review_review_duration_seconds',
  help: 'Wall time of one pull request review, from check-run creation to the last publish call.',
  buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120],
  registers: [metricsRegistry],
});

export const githubApiCalls = new Counter({
  name: 'api_review_github_api_calls_total',
  help: 'GitHub REST API requests made by reviews (retries included).',
  registers: [metricsRegistry],
});

export const githubApiCallsPerReview = new Histogram({
  name: 'api_review_github_api_calls_per_review',
  help: 'GitHub REST API requests made by one review.',
  buckets: [5, 8, 10, 12, 15, 20, 30, 50, 100],
  registers: [metricsRegistry],
});

export const errorsTotal = new Counter({
  name: 'api_review_errors_total',
  help: 'Errors caught at a handler boundary, by where they happened.',
  labelNames: ['stage'] as const,
  registers: [metricsRegistry],
});

// The review queue (with REDIS_URL only): how deep it is, how long a request waits for a worker,
// and how its jobs end.

/** Where the queue's counts come from; set by the replicas' wiring, absent in one process. */
let queueCounts: (() => Promise<Record<string, number>>) | undefined;

export function countQueueWith(counts: (() => Promise<Record<string, number>>) | undefined): void {
  queueCounts = counts;
}

export const queueJobs = new Gauge({
  name: 'api_review_queue_jobs',
  help: 'Review jobs in the shared queue, by state (waiting, active, delayed, prioritized, failed); replicas only.',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  async collect() {
    if (!queueCounts) return;
    // A scrape during a Redis outage still answers, without the queue's figures (/healthz says why).
    const counts = await queueCounts().catch(() => undefined);
    for (const [state, count] of Object.entries(counts ?? {})) this.set({ state }, count);
  },
});

export const queueWaitSeconds = new Histogram({
  name: 'api_review_queue_wait_seconds',
  help: 'Time from a webhook asking for a review to a worker starting it; replicas only.',
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
  registers: [metricsRegistry],
});

export const queueJobsTotal = new Counter({
  name: 'api_review_queue_jobs_total',
  help: 'Review jobs by outcome: completed, again (requested during its review, so reviewed again), stalled (its worker died), failed (gave up); replicas only.',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});
