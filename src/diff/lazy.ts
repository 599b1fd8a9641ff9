// analyze: a value computed on first read and kept: the first diff phase matches an operation's
// parts only for the families that ask, and only once however many ask.
export function lazy<T>(compute: () => T): () => T {
  let computed = false;
  let value: T;
  return () => {
    if (!computed) {
      value = compute();
      computed = true;
    }
    return value;
  };
}
