// analyze: a review worker was stopped by a limit of the review as a whole (its memory); the
// caller turns this into its own limit error (the CLI's exit 2, the App's check run reason).
export class AnalysisStopped extends Error {
  override readonly name = 'AnalysisStopped';
}
