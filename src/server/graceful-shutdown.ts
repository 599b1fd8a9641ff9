// Operations: what the server does on SIGTERM (a deploy, a scale-down, `docker stop`). It stops
// taking webhooks at once, lets the running reviews finish within the grace period, completes the
// check runs of those that did not (neutral, the reason named), and only then lets the process exit.
import type { Logger } from 'probot';
import type { InFlightReviews } from './in-flight-reviews.js';

/** The part of Probot's `Server` a shutdown needs. */
export interface StoppableServer {
  stop(): Promise<void>;
}

export interface ShutdownDeps {
  server: StoppableServer;
  reviews: InFlightReviews;
  graceMs: number;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export async function shutDownGracefully({ server, reviews, graceMs, log }: ShutdownDeps): Promise<void> {
  log.info({ runningReviews: reviews.size, graceSeconds: graceMs / 1000 }, 'stopping: no new webhooks; waiting for running reviews');
  // Not awaited: closing the listener waits for open connections, and a webhook delivery's
  // connection stays open while its review runs. The grace period below bounds the wait instead.
  const stopped = server.stop().catch((error: unknown) => log.error({ err: error }, 'the HTTP server did not close cleanly'));
  const outcome = await reviews.drain(graceMs);
  if (outcome.interrupted > 0) log.warn(outcome, 'stopped: reviews still running at the end of the grace period had their check runs completed as neutral');
  else log.info(outcome, 'stopped: every running review finished');
  await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 100).unref())]);
}
