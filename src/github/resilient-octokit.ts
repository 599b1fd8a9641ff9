// collect/publish: how every GitHub call survives GitHub's bad moments. Probot already loads
// @octokit/plugin-retry (5xx, and 429s that are not rate limits) and @octokit/plugin-throttling
// (primary and secondary rate limits, honoring Retry-After); this configures them rather than
// replacing them. Probot's own handlers retry rate limits forever, so a review could wait past
// any budget; here they retry a bounded number of times and only for a wait worth taking, after
// which the error reaches the review, which completes its check run as neutral with the reason.
import { ProbotOctokit } from 'probot';

export interface ResilienceSettings {
  /** Retries of a 5xx or a plain 429 (plugin-retry), with backoff `base × attempt²`. */
  retries: number;
  /** Milliseconds per backoff unit, and per second of Retry-After: 1000 in production, 1 in tests. */
  retryAfterBaseMs: number;
  /** Retries after a primary or secondary rate limit (plugin-throttling). */
  rateLimitRetries: number;
  /** The longest Retry-After waited for; a longer one ends the review instead of stalling it. */
  maxRetryAfterSeconds: number;
}

export const defaultResilience: ResilienceSettings = { retries: 3, retryAfterBaseMs: 1000, rateLimitRetries: 3, maxRetryAfterSeconds: 60 };

type LimitHandler = (retryAfter: number, request: { method: string; url: string }, octokit: { log: { warn(message: string): void } }, retryCount: number) => boolean;

export function resilienceOptions(settings: ResilienceSettings = defaultResilience): {
  retry: { retries: number; retryAfterBaseValue: number };
  throttle: { retryAfterBaseValue: number; onRateLimit: LimitHandler; onSecondaryRateLimit: LimitHandler };
} {
  const onLimit = (kind: string): LimitHandler => (retryAfter, request, octokit, retryCount) => {
    const retry = retryCount < settings.rateLimitRetries && retryAfter <= settings.maxRetryAfterSeconds;
    // Method and URL only: headers (the installation token) never reach the log.
    octokit.log.warn(`${kind} rate limit on ${request.method} ${request.url}: ${retry ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${settings.rateLimitRetries})` : `giving up after ${retryCount} retries (Retry-After ${retryAfter} s)`}`);
    return retry;
  };
  return {
    retry: { retries: settings.retries, retryAfterBaseValue: settings.retryAfterBaseMs },
    throttle: { retryAfterBaseValue: settings.retryAfterBaseMs, onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  };
}

/**
 * Probot's Octokit with the retry and throttling plugins configured as above. The function form
 * matters: Probot layers its own throttle handlers (which never retry a secondary rate limit) over
 * the class it is given, so ours are applied to the options Probot computed, keeping the rest of
 * them (a Redis connection for clustering, or an explicit `enabled: false`).
 */
export function resilientOctokit(settings: ResilienceSettings = defaultResilience): typeof ProbotOctokit {
  const ours = resilienceOptions(settings);
  return ProbotOctokit.defaults((options: ConstructorParameters<typeof ProbotOctokit>[0] = {}) => ({
    ...options,
    retry: { ...ours.retry, ...options.retry },
    throttle: { ...options.throttle, ...ours.throttle },
  }));
}
