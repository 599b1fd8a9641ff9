// Operations: how long a stopping server waits for its running reviews (SHUTDOWN_GRACE_SECONDS).
// The default leaves two seconds of Docker's default 10-second stop timeout for completing the
// check runs of reviews that did not finish; orchestrators with a longer timeout can raise it.

export const defaultShutdownGraceSeconds = 8;

/** The grace period in milliseconds; an unset, empty, negative or non-numeric value means the default. */
export function shutdownGraceMs(env: { SHUTDOWN_GRACE_SECONDS?: string | undefined }): number {
  const seconds = Number(env.SHUTDOWN_GRACE_SECONDS?.trim() || Number.NaN);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : defaultShutdownGraceSeconds) * 1000;
}
