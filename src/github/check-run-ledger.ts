// publish (replicas): which `API Review` check run a head already has, asked before creating one.
// With replicas, a redelivered webhook, a re-run after a crashed worker or a second replica would
// otherwise each create a run on the same head; the ledger makes them complete the first one.
// One process needs none (its queue already serializes a pull request's reviews), so the review
// runs without a ledger unless the replicas' wiring hands it one.
import type { RepoRef } from './repo-ref.js';

/** A head commit as one pull request reviews it. */
export interface ReviewedHead extends RepoRef {
  headSha: string;
  pullNumber: number;
}

export interface CheckRunLedger {
  /** The check run already created for this head and pull request, if any. */
  find(head: ReviewedHead): Promise<number | undefined>;
  /** Records the run created for the head, and whether it is still open (so a given-up job can complete it). */
  record(head: ReviewedHead, checkRunId: number, state: 'in_progress' | 'completed'): Promise<void>;
}
