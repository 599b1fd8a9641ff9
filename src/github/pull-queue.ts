// Reviews of one pull request run one after another in this process. A redelivered webhook or
// two quick pushes would otherwise both list the comments before either posts, and both post a
// summary. In order of arrival, the later review finds the earlier one's comment and edits it,
// and a review of a superseded head is not published (publish-to-pull checks the head).
// Replicas behind a load balancer do not share this queue: see the README's "Security" notes.
const tails = new Map<string, Promise<unknown>>();

export function onePerPull<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  const tail = next.catch(() => undefined);
  tails.set(key, tail);
  // The map forgets a pull request once its last queued review is done.
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return next;
}
