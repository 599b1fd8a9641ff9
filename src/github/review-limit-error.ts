// A limit of the review as a whole (files read, seconds) was exceeded. It ends the review, and
// the check run says which limit, by its config key, so the repository can raise it.
export class ReviewLimitError extends Error {
  override readonly name = 'ReviewLimitError';
}
