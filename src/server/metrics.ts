// Operations: the Prometheus metrics the server exposes at `GET /metrics`. One registry per
// process; the review code records, the route serves.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
