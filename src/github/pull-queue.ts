// Reviews of one pull request run one after another in this process, and at most one waits. A
// redelivered webhook or two quick pushes would otherwise both list the comments before either
// posts, and both post a summary. A newer request replaces the one waiting (newest head wins):
// everyone who waited gets the newer review, so a burst of pushes or `/api-review run` comments
// costs two reviews, not one per request. A review that had to wait is told so: the pull request
// may have moved on meanwhile, and an old delivery must not take the place of a newer head's
// review. A review of a superseded head that already runs is not published (publish-to-pull
// checks the head).
// Replicas behind a load balancer do not share this queue: see the README's "Security" notes.

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

interface Lane<T> {
  running: boolean;
  waiting?: { work: Work<T>; waiters: Waiter<T>[] };
}

/** `waited` is true when another review of the same pull request ran first. */
export type Work<T> = (waited: boolean) => Promise<T>;

export type PullQueue<T> = (key: string, work: Work<T>) => Promise<T>;

export function pullQueue<T>(): PullQueue<T> {
  const lanes = new Map<string, Lane<T>>();

  const drain = async (key: string, lane: Lane<T>): Promise<void> => {
    lane.running = true;
    let waited = false;
    while (lane.waiting) {
      const { work, waiters } = lane.waiting;
      lane.waiting = undefined;
      try {
        const value = await work(waited);
        for (const waiter of waiters) waiter.resolve(value);
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
      waited = true;
    }
    lane.running = false;
    // The map forgets a pull request once nothing runs or waits for it.
    lanes.delete(key);
  };

  return (key, work) =>
    new Promise<T>((resolve, reject) => {
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { running: false }));
      // The replaced request's callers wait for this newer one instead.
      const waiters = [...(lane.waiting?.waiters ?? []), { resolve, reject }];
      lane.waiting = { work, waiters };
      if (!lane.running) void drain(key, lane);
    });
}
